-- Seed: survey version digital-cx-v1: its answer spec and scoring model digital-cx-scoring-v1.
-- Loaded again: the scoring model's texts: one Korean terminology, and stage texts that cite the 2022 study with its year and n (issue 11).
-- Generated from surveys/ by `npm run db:seeds`; do not edit by hand.

select private.load_survey_version(
  'digital-cx-v1',
  $spec${
  "version": "digital-cx-v1",
  "questions": {
    "industry": {
      "type": "single",
      "options": [
        "retail_ecommerce",
        "consumer_goods",
        "financial_services",
        "insurance",
        "telecom_media",
        "technology_software",
        "healthcare_pharma",
        "travel_hospitality",
        "transport_logistics",
        "manufacturing_industrial",
        "energy_utilities",
        "public_sector",
        "education",
        "professional_services",
        "other"
      ],
      "required": true
    },
    "company_size": {
      "type": "single",
      "options": [
        "size_1_49",
        "size_50_249",
        "size_250_999",
        "size_1000_4999",
        "size_5000_plus"
      ],
      "required": true
    },
    "region": {
      "type": "single",
      "options": [
        "korea",
        "japan",
        "china",
        "asia_pacific_other",
        "north_america",
        "latin_america",
        "europe",
        "middle_east_africa"
      ],
      "required": true
    },
    "business_model": {
      "type": "single",
      "options": [
        "b2b",
        "b2c",
        "both"
      ],
      "required": true
    },
    "respondent_function": {
      "type": "single",
      "options": [
        "cx",
        "marketing",
        "sales",
        "customer_service",
        "digital_product",
        "it_data",
        "operations",
        "executive_management",
        "other"
      ],
      "required": true
    },
    "respondent_seniority": {
      "type": "single",
      "options": [
        "c_level",
        "vp_head",
        "director",
        "manager",
        "other"
      ],
      "required": true
    },
    "organisation_name": {
      "type": "text",
      "maxLength": 200,
      "required": false
    },
    "alignment_collaboration": {
      "type": "single",
      "options": [
        "rarely",
        "some",
        "all_occasionally",
        "all_actively"
      ],
      "required": true
    },
    "alignment_digital_share": {
      "type": "single",
      "options": [
        "share_0_25",
        "share_25_50",
        "share_50_75",
        "share_75_100"
      ],
      "required": true
    },
    "staffing_resources": {
      "type": "matrix",
      "rows": [
        "ux_design",
        "analytics",
        "customer_service",
        "sales",
        "marketing"
      ],
      "columns": [
        "none",
        "some_not_enough",
        "sufficient",
        "too_much"
      ],
      "required": true
    },
    "staffing_strategies": {
      "type": "multiple",
      "options": [
        "automation",
        "hiring",
        "cross_training",
        "outsourcing",
        "redeploying",
        "gig_flex"
      ],
      "exclusive": [],
      "required": true
    },
    "personalization_factors": {
      "type": "multiple",
      "options": [
        "engagement_history",
        "account_data",
        "browsing_behavior",
        "sentiment",
        "predicted_intent",
        "none"
      ],
      "exclusive": [
        "none"
      ],
      "required": true
    },
    "personalization_intelligence": {
      "type": "single",
      "options": [
        "not_at_all",
        "capture_only",
        "analyze_not_act",
        "excellent"
      ],
      "required": true
    },
    "effort_tasks": {
      "type": "matrix",
      "rows": [
        "find_information",
        "manage_account",
        "personalized_offers",
        "complete_purchase",
        "self_service_bot",
        "submit_ticket",
        "live_agent_digital",
        "escalate_to_phone"
      ],
      "columns": [
        "not_applicable",
        "very_difficult",
        "fairly_difficult",
        "neither",
        "fairly_easy",
        "very_easy"
      ],
      "required": true
    },
    "effort_ux_metrics": {
      "type": "single",
      "options": [
        "not_at_all",
        "slight",
        "decent",
        "absolute_priority"
      ],
      "required": true
    },
    "brand_channels": {
      "type": "matrix",
      "rows": [
        "website",
        "mobile_app",
        "native_chat",
        "messaging",
        "video_chat",
        "help_desk",
        "email",
        "social_public",
        "social_messaging",
        "review_sites"
      ],
      "columns": [
        "not_offered",
        "no",
        "yes"
      ],
      "required": true
    },
    "automation_priorities": {
      "type": "multiple",
      "options": [
        "customer_data",
        "proactive_engagement",
        "content_knowledge",
        "chatbots",
        "authentication",
        "team_workflow",
        "ux_personalization",
        "channel_integration",
        "offer_popups",
        "team_training",
        "translation",
        "other"
      ],
      "exclusive": [],
      "required": true
    },
    "automation_priorities_other": {
      "type": "text",
      "maxLength": 500,
      "required": false
    }
  }
}$spec$::jsonb,
  $model${
  "id": "digital-cx-scoring-v1",
  "surveyVersion": "digital-cx-v1",
  "stages": [
    {
      "stage": 1,
      "minScore": 0,
      "name": {
        "en": "Ad hoc",
        "ko": "초기"
      },
      "description": {
        "en": "Digital engagement depends on individual effort: functions work in silos, key roles lack resources, and customers meet friction and generic experiences.",
        "ko": "디지털 고객 인게이지먼트가 개인의 노력에 의존합니다. 부서가 따로 움직이고 핵심 역할에 리소스가 부족하며, 고객은 번거롭고 획일적인 경험을 겪습니다."
      }
    },
    {
      "stage": 2,
      "minScore": 20,
      "name": {
        "en": "Emerging",
        "ko": "도입"
      },
      "description": {
        "en": "The basics are in place in some functions and channels, but efforts are partial, inconsistent and rarely measured.",
        "ko": "일부 부서와 채널에서 기본 요소를 갖추기 시작했지만, 노력이 부분적이고 일관되지 않으며 성과를 측정하는 경우가 드뭅니다."
      }
    },
    {
      "stage": 3,
      "minScore": 40,
      "name": {
        "en": "Defined",
        "ko": "정립"
      },
      "description": {
        "en": "Digital is an explicit strategy with owners and resources; customer data is collected and analysed, but not yet acted on consistently across the journey.",
        "ko": "디지털이 명확한 전략으로 자리 잡아 담당 조직과 리소스가 있습니다. 고객 데이터를 수집·분석하지만 아직 여정 전반에서 일관되게 실행으로 이어지지는 않습니다."
      }
    },
    {
      "stage": 4,
      "minScore": 60,
      "name": {
        "en": "Integrated",
        "ko": "통합"
      },
      "description": {
        "en": "Functions, data and channels work together: experiences are personalised on behavioural data, most tasks are easy, and the brand is consistent in most channels.",
        "ko": "부서, 데이터, 채널이 함께 움직입니다. 행동 데이터로 경험을 개인화하고, 대부분의 작업이 쉬우며, 대부분의 채널에서 브랜드가 일관되게 전달됩니다."
      }
    },
    {
      "stage": 5,
      "minScore": 80,
      "name": {
        "en": "Leading",
        "ko": "선도"
      },
      "description": {
        "en": "A unified, measured and continuously improved digital experience: deep customer intelligence drives action, every channel carries the brand, and automation targets the weakest points.",
        "ko": "통합되고 측정되며 지속적으로 개선되는 디지털 경험입니다. 깊이 있는 고객 인텔리전스가 실행을 이끌고, 모든 채널이 브랜드를 전달하며, 자동화는 가장 취약한 지점을 겨냥합니다."
      }
    }
  ],
  "dimensions": [
    {
      "id": "alignment",
      "label": {
        "en": "Alignment on digital strategy",
        "ko": "디지털 전략 정렬"
      },
      "stageDescriptions": {
        "1": {
          "en": "CX, sales, marketing, service and design rarely collaborate on digital, and digital engagement is a small share of CX priorities.",
          "ko": "CX, 영업, 마케팅, 서비스, 디자인 부서가 디지털 전략에서 거의 협력하지 않으며, 디지털 고객 인게이지먼트는 CX 우선순위의 작은 부분에 불과합니다."
        },
        "2": {
          "en": "Some of the engagement functions collaborate on digital, while the others pursue their own channel plans.",
          "ko": "일부 고객 접점 부서만 디지털 전략에서 협력하고, 나머지 부서는 각자의 채널 계획을 따릅니다."
        },
        "3": {
          "en": "All engagement functions collaborate on digital strategy occasionally, and around half of CX initiatives concern digital engagement.",
          "ko": "모든 고객 접점 부서가 디지털 전략에서 가끔 협력하며, CX 이니셔티브의 절반가량이 디지털 고객 인게이지먼트와 관련됩니다."
        },
        "4": {
          "en": "All functions work together towards one digital strategy, and most CX priorities and investment concern digital, as at 65% of the 2022 study's companies (n = 106).",
          "ko": "모든 부서가 하나의 디지털 전략을 향해 함께 일하며, 2022년 조사(n = 106) 기업의 65%처럼 CX 우선순위와 투자의 대부분이 디지털에 집중됩니다."
        },
        "5": {
          "en": "All functions actively collaborate and the experience is unified: app, website, chatbot and live chat show the same customer-centricity (37% of the companies in the 2022 study, n = 106, say so).",
          "ko": "모든 부서가 적극적으로 협업하여 경험이 통합되어 있습니다. 모바일 앱, 웹사이트, 챗봇, 라이브 채팅이 같은 수준의 고객 중심성을 보여 줍니다(2022년 조사 기업의 37%, n = 106)."
        }
      },
      "items": [
        {
          "questionId": "alignment_collaboration",
          "kind": "single",
          "weight": 0.7,
          "points": {
            "rarely": 0,
            "some": 1,
            "all_occasionally": 2,
            "all_actively": 3
          },
          "maxPoints": 3
        },
        {
          "questionId": "alignment_digital_share",
          "kind": "single",
          "weight": 0.3,
          "points": {
            "share_0_25": 0,
            "share_25_50": 1,
            "share_50_75": 2,
            "share_75_100": 3
          },
          "maxPoints": 3
        }
      ]
    },
    {
      "id": "staffing",
      "label": {
        "en": "Staffing and resources",
        "ko": "인력 및 리소스"
      },
      "stageDescriptions": {
        "1": {
          "en": "Key digital functions such as UX design and analytics have essentially no dedicated people or resources, as at over 16% of the 2022 study's companies (n = 106).",
          "ko": "UX 디자인, 분석 같은 핵심 디지털 기능에 전담 인력이나 리소스가 사실상 없습니다(2022년 조사 기업의 16% 이상, n = 106)."
        },
        "2": {
          "en": "Most functions have some resources for digital engagement, but not enough; digital work competes with phone and legacy duties.",
          "ko": "대부분의 기능에 디지털 고객 인게이지먼트를 위한 리소스가 약간 있지만 충분하지 않으며, 디지털 업무가 전화 및 기존 업무와 리소스를 두고 경쟁합니다."
        },
        "3": {
          "en": "Digital service and sales are sufficiently staffed (58% of 105 and 53% of 106 companies in the 2022 study, from its counts), while UX design and analytics remain thin.",
          "ko": "디지털 서비스와 영업은 인력이 충분하지만(2022년 조사 응답 수 기준 105개 중 58%, 106개 중 53%), UX 디자인과 분석은 여전히 부족합니다."
        },
        "4": {
          "en": "Most digital functions, marketing included, are sufficiently resourced; one gap remains, typically UX design or analytics.",
          "ko": "마케팅을 포함한 대부분의 디지털 기능에 리소스가 충분하며, 남은 공백은 대개 UX 디자인이나 분석 한 곳입니다."
        },
        "5": {
          "en": "UX design, analytics, service, sales and marketing all have sufficient people and resources for digital; only 31% of the 2022 study's companies (n = 106) said so of UX and analytics.",
          "ko": "UX 디자인, 분석, 서비스, 영업, 마케팅 모두 디지털 고객 인게이지먼트에 충분한 인력과 리소스를 갖추고 있습니다. 조사에서 UX와 분석에 대해 그렇게 답한 기업은 31%에 불과했습니다."
        }
      },
      "items": [
        {
          "questionId": "staffing_resources",
          "kind": "matrix",
          "weight": 1,
          "points": {
            "none": 0,
            "some_not_enough": 1,
            "sufficient": 2,
            "too_much": 1.5
          },
          "maxPoints": 2
        }
      ]
    },
    {
      "id": "personalization",
      "label": {
        "en": "Personalization and customer intelligence",
        "ko": "개인화 및 고객 인텔리전스"
      },
      "stageDescriptions": {
        "1": {
          "en": "Digital experiences are not really personalised (15% of the companies in the 2022 study, n = 106), and customer data is not captured or used.",
          "ko": "디지털 경험을 사실상 개인화하지 않으며(2022년 조사 기업의 15%, n = 106), 고객 데이터를 수집하거나 활용하지 않습니다."
        },
        "2": {
          "en": "Personalisation rests on basic account data such as name and account tier; data is captured but not unified or analysed, so little is actionable.",
          "ko": "이름, 계정 등급 같은 기본 계정 정보로 개인화하며, 데이터를 수집하지만 통합·분석되지 않아 실행할 수 있는 것이 거의 없습니다."
        },
        "3": {
          "en": "Past purchases and support enquiries shape the experience, and data is collected and analysed, but not consistently acted on.",
          "ko": "과거 구매와 지원 문의 이력이 경험에 반영되고 데이터를 수집·분석하지만, 이를 일관되게 실행에 옮기지는 못합니다."
        },
        "4": {
          "en": "Browsing and shopping behaviour personalise the journey, and customer insights regularly drive decisions.",
          "ko": "웹사이트 탐색과 쇼핑 행동으로 여정을 개인화하며, 고객 인사이트가 정기적으로 의사 결정을 이끕니다."
        },
        "5": {
          "en": "Perceived sentiment and predicted intent tailor each interaction, backed by an excellent customer-intelligence programme (10% of the companies in the 2022 study, n = 106).",
          "ko": "인지된 고객 감정과 예측된 의도로 상호 작용마다 맞춤화하며, 이를 뒷받침하는 고객 인텔리전스 프로그램이 탁월합니다(2022년 조사 기업의 10%, n = 106)."
        }
      },
      "items": [
        {
          "questionId": "personalization_factors",
          "kind": "multiple_depth",
          "weight": 0.4,
          "points": {
            "engagement_history": 2,
            "account_data": 1,
            "browsing_behavior": 2,
            "sentiment": 3,
            "predicted_intent": 3
          },
          "maxPoints": 6,
          "exclusive": [
            "none"
          ]
        },
        {
          "questionId": "personalization_intelligence",
          "kind": "single",
          "weight": 0.6,
          "points": {
            "not_at_all": 0,
            "capture_only": 1,
            "analyze_not_act": 2,
            "excellent": 3
          },
          "maxPoints": 3
        }
      ]
    },
    {
      "id": "effort",
      "label": {
        "en": "Customer effort on digital tasks",
        "ko": "디지털 작업의 고객 노력도"
      },
      "stageDescriptions": {
        "1": {
          "en": "Customers find most digital tasks difficult, from finding information to reaching a live agent, and user-experience metrics are not considered.",
          "ko": "정보 찾기부터 상담원 연결까지 대부분의 디지털 작업이 고객에게 어렵고, 사용자 경험 지표를 고려하지 않습니다."
        },
        "2": {
          "en": "Simple tasks are manageable, but purchases, account management and support requests take real effort; user-experience metrics get only slight attention.",
          "ko": "간단한 작업은 할 만하지만 구매, 계정 관리, 지원 요청에는 상당한 노력이 들며, 사용자 경험 지표에는 약간의 관심만 기울입니다."
        },
        "3": {
          "en": "Most tasks are neither easy nor difficult; agent-led tasks, such as connecting with a live agent or escalating to the phone, are fairly difficult.",
          "ko": "대부분의 작업이 쉽지도 어렵지도 않으며, 실시간 상담원 연결이나 전화 상담원으로의 에스컬레이션 같은 상담원 주도 작업은 꽤 어렵습니다."
        },
        "4": {
          "en": "Finding information, buying and managing an account are fairly easy, while live-agent contact and escalation still lag; metrics such as abandonment and time on page get a decent focus.",
          "ko": "정보 찾기, 구매, 계정 관리는 상당히 쉽지만 상담원 연결과 에스컬레이션은 여전히 뒤처지며, 이탈률과 페이지 체류 시간 같은 지표에 적절히 주목합니다."
        },
        "5": {
          "en": "Every task is very easy, including reaching a live agent from chat and escalating to the phone, and user-experience metrics are an absolute priority (21% of the companies in the 2022 study, n = 106).",
          "ko": "채팅에서 상담원 연결, 전화로의 에스컬레이션까지 모든 작업이 매우 쉬우며, 사용자 경험 지표가 최우선 순위입니다(2022년 조사 기업의 21%, n = 106)."
        }
      },
      "items": [
        {
          "questionId": "effort_tasks",
          "kind": "matrix",
          "weight": 0.75,
          "points": {
            "very_difficult": 0,
            "fairly_difficult": 1.25,
            "neither": 2.5,
            "fairly_easy": 3.75,
            "very_easy": 5
          },
          "maxPoints": 5,
          "excluded": [
            "not_applicable"
          ]
        },
        {
          "questionId": "effort_ux_metrics",
          "kind": "single",
          "weight": 0.25,
          "points": {
            "not_at_all": 0,
            "slight": 1,
            "decent": 2,
            "absolute_priority": 3
          },
          "maxPoints": 3
        }
      ]
    },
    {
      "id": "brand",
      "label": {
        "en": "Brand consistency across channels",
        "ko": "채널 전반의 브랜드 일관성"
      },
      "stageDescriptions": {
        "1": {
          "en": "No channel, not even the website, is judged to reflect the brand's identity, values and commitment to customer-centricity.",
          "ko": "웹사이트를 포함해 어떤 채널도 브랜드 정체성, 가치, 고객 중심에 대한 약속을 제대로 반영하지 못합니다."
        },
        "2": {
          "en": "The website or email carries the brand, but most other channels do not.",
          "ko": "웹사이트나 이메일은 브랜드를 전달하지만, 나머지 채널 대부분은 그렇지 못합니다."
        },
        "3": {
          "en": "Channels the company fully controls (website, email, public social feeds) reflect the brand; real-time channels such as chat, messaging and video chat do not.",
          "ko": "웹사이트, 이메일, 공개 소셜 피드처럼 회사가 완전히 통제하는 채널은 브랜드를 반영하지만, 채팅, 메시징, 화상 채팅 같은 실시간 채널은 그렇지 못합니다."
        },
        "4": {
          "en": "Most channels offered reflect the brand, help desk and social messaging included; one or two real-time channels lag.",
          "ko": "헬프데스크와 소셜 메시징을 포함해 제공하는 채널 대부분이 브랜드를 반영하며, 실시간 채널 한두 곳만 뒤처집니다."
        },
        "5": {
          "en": "Every channel offered reflects the brand, including native chat, messaging and video chat, where only 51%, 51% and 31% of the 2022 study's companies (n = 106) were confident.",
          "ko": "제공하는 모든 채널이 브랜드를 반영합니다. 2022년 조사(n = 106) 기업 중 자신 있다고 답한 비율이 51%, 51%, 31%에 그친 웹·앱 채팅, 메시징, 화상 채팅도 마찬가지입니다."
        }
      },
      "items": [
        {
          "questionId": "brand_channels",
          "kind": "matrix",
          "weight": 1,
          "points": {
            "no": 0,
            "yes": 1
          },
          "maxPoints": 1,
          "excluded": [
            "not_offered"
          ]
        }
      ]
    },
    {
      "id": "automation",
      "label": {
        "en": "Automation priorities",
        "ko": "자동화 우선순위"
      },
      "stageDescriptions": {
        "1": {
          "en": "Automation priorities, if any, address none of the organisation's own gaps.",
          "ko": "자동화 우선순위가 있더라도 조직 자체의 약점은 전혀 다루지 않습니다."
        },
        "2": {
          "en": "Automation follows trends rather than needs: investment goes to the strongest areas or is spread over too many priorities.",
          "ko": "자동화가 필요보다 유행을 따릅니다. 이미 강한 영역에 투자하거나 너무 많은 우선순위에 분산합니다."
        },
        "3": {
          "en": "Some automation priorities address real weaknesses, but attention is split between weak and strong areas.",
          "ko": "일부 자동화 우선순위는 실제 약점을 다루지만, 관심이 약한 영역과 강한 영역에 나뉘어 있습니다."
        },
        "4": {
          "en": "Most automation priorities target the weakest dimensions, in a focused set of five or fewer.",
          "ko": "다섯 개 이하로 집중된 자동화 우선순위 대부분이 가장 취약한 영역을 겨냥합니다."
        },
        "5": {
          "en": "Automation is focused on five or fewer priorities that all address the weakest dimensions, such as customer-data analysis where intelligence is weak, or chatbots and knowledge content where effort is high.",
          "ko": "자동화가 가장 취약한 영역을 겨냥한 다섯 개 이하의 우선순위에 집중됩니다. 예를 들어 인텔리전스가 약하면 고객 데이터 분석에, 고객 노력이 크면 챗봇과 지식 콘텐츠에 투자합니다."
        }
      },
      "items": [
        {
          "questionId": "automation_priorities",
          "kind": "multiple_targeting",
          "weight": 1,
          "targets": {
            "customer_data": "personalization",
            "proactive_engagement": "personalization",
            "content_knowledge": "effort",
            "chatbots": "effort",
            "authentication": "effort",
            "team_workflow": "staffing",
            "ux_personalization": "personalization",
            "channel_integration": "brand",
            "offer_popups": "personalization",
            "team_training": "staffing",
            "translation": "effort",
            "other": null
          },
          "focusLimit": 5
        }
      ]
    }
  ]
}$model$::jsonb
);
