-- Seed: research baseline edition digital-cx-2022 (Digital CX & Engagement market study, 2022, n = 106).
-- Generated from surveys/ by `npm run db:seeds`; do not edit by hand.

select private.load_baseline_edition($baseline${
  "id": "digital-cx-2022",
  "title": "Digital CX & Engagement market study",
  "publisher": "CCW Digital / Customer Engagement Insider",
  "analyst": "Brian Cantor",
  "year": 2022,
  "fielded": "2022-03",
  "sampleSize": 106,
  "citation": "Brian Cantor, “Digital CX & Engagement” market study, CCW Digital / Customer Engagement Insider, survey fielded March 2022 (n = 106).",
  "questions": [
    {
      "id": "alignment_collaboration",
      "dimension": "alignment",
      "kind": "single",
      "ordinal": true,
      "prompt": "To what degree do your key engagement functions (CX, sales, marketing, service, design) collaborate on a unified digital strategy?",
      "options": [
        {
          "id": "rarely",
          "label": "These functions rarely collaborate"
        },
        {
          "id": "some",
          "label": "Some of these functions collaborate"
        },
        {
          "id": "all_occasionally",
          "label": "All functions collaborate occasionally"
        },
        {
          "id": "all_actively",
          "label": "All functions actively collaborate; the experience is unified"
        }
      ],
      "distributions": [
        {
          "rowId": null,
          "n": 106,
          "counts": {
            "rarely": 8,
            "some": 27,
            "all_occasionally": 32,
            "all_actively": 39
          },
          "publishedPercents": {
            "rarely": 7.55,
            "some": 25.47,
            "all_occasionally": 30.19,
            "all_actively": 36.79
          }
        }
      ]
    },
    {
      "id": "alignment_digital_share",
      "dimension": "alignment",
      "kind": "single",
      "ordinal": true,
      "prompt": "Roughly what share of your company's CX strategy, initiatives and priorities concerns digital engagement specifically?",
      "options": [
        {
          "id": "share_0_25",
          "label": "0-25%"
        },
        {
          "id": "share_25_50",
          "label": "25-50%"
        },
        {
          "id": "share_50_75",
          "label": "50-75%"
        },
        {
          "id": "share_75_100",
          "label": "75-100%"
        }
      ],
      "distributions": [
        {
          "rowId": null,
          "n": 106,
          "counts": {
            "share_0_25": 12,
            "share_25_50": 25,
            "share_50_75": 34,
            "share_75_100": 35
          },
          "publishedPercents": {
            "share_0_25": 11.32,
            "share_25_50": 23.58,
            "share_50_75": 32.08,
            "share_75_100": 33.02
          }
        }
      ]
    },
    {
      "id": "staffing_resources",
      "dimension": "staffing",
      "kind": "matrix",
      "ordinal": false,
      "prompt": "For engagement in digital channels, do you have enough people and resources in each of these functions?",
      "options": [
        {
          "id": "none",
          "label": "None, or clearly insufficient"
        },
        {
          "id": "some_not_enough",
          "label": "Some, but maybe not enough"
        },
        {
          "id": "sufficient",
          "label": "Sufficient"
        },
        {
          "id": "too_much",
          "label": "Too much"
        }
      ],
      "rows": [
        {
          "id": "ux_design",
          "label": "UX / design"
        },
        {
          "id": "analytics",
          "label": "Analytics / intelligence"
        },
        {
          "id": "customer_service",
          "label": "Customer service / support"
        },
        {
          "id": "sales",
          "label": "Sales"
        },
        {
          "id": "marketing",
          "label": "Marketing"
        }
      ],
      "distributions": [
        {
          "rowId": "ux_design",
          "n": 106,
          "counts": {
            "none": 17,
            "some_not_enough": 54,
            "sufficient": 33,
            "too_much": 2
          },
          "publishedPercents": {
            "none": 16.04,
            "some_not_enough": 50.94,
            "sufficient": 31.13,
            "too_much": 1.89
          }
        },
        {
          "rowId": "analytics",
          "n": 106,
          "counts": {
            "none": 18,
            "some_not_enough": 50,
            "sufficient": 33,
            "too_much": 5
          },
          "publishedPercents": {
            "none": 16.98,
            "some_not_enough": 47.17,
            "sufficient": 31.13,
            "too_much": 4.72
          }
        },
        {
          "rowId": "customer_service",
          "n": 105,
          "counts": {
            "none": 4,
            "some_not_enough": 37,
            "sufficient": 61,
            "too_much": 3
          },
          "publishedPercents": {
            "none": 3.81,
            "some_not_enough": 35.24,
            "sufficient": 58.1,
            "too_much": 2.86
          }
        },
        {
          "rowId": "sales",
          "n": 106,
          "counts": {
            "none": 8,
            "some_not_enough": 31,
            "sufficient": 56,
            "too_much": 11
          },
          "publishedPercents": {
            "none": 7.55,
            "some_not_enough": 29.25,
            "sufficient": 52.83,
            "too_much": 10.38
          }
        },
        {
          "rowId": "marketing",
          "n": 106,
          "counts": {
            "none": 8,
            "some_not_enough": 43,
            "sufficient": 48,
            "too_much": 7
          },
          "publishedPercents": {
            "none": 7.55,
            "some_not_enough": 40.57,
            "sufficient": 45.28,
            "too_much": 6.6
          }
        }
      ]
    },
    {
      "id": "staffing_strategies",
      "dimension": "staffing",
      "kind": "multiple",
      "ordinal": false,
      "prompt": "How are you meeting your staffing needs during digital transformation? (Select all that apply.)",
      "options": [
        {
          "id": "automation",
          "label": "More automation to raise the productivity of existing staff"
        },
        {
          "id": "hiring",
          "label": "Hiring new full-time team members"
        },
        {
          "id": "cross_training",
          "label": "Cross-training existing staff for several channels / omnichannel"
        },
        {
          "id": "outsourcing",
          "label": "Relying on outsourcing / partners"
        },
        {
          "id": "redeploying",
          "label": "Redeploying staff from phone / legacy engagement teams"
        },
        {
          "id": "gig_flex",
          "label": "Gig / flexible work models"
        }
      ],
      "distributions": [
        {
          "rowId": null,
          "n": 106,
          "counts": {
            "automation": 67,
            "hiring": 53,
            "cross_training": 49,
            "outsourcing": 34,
            "redeploying": 28,
            "gig_flex": 22
          },
          "publishedPercents": {
            "automation": 63.21,
            "hiring": 50,
            "cross_training": 46.23,
            "outsourcing": 32.08,
            "redeploying": 26.42,
            "gig_flex": 20.75
          }
        }
      ]
    },
    {
      "id": "personalization_factors",
      "dimension": "personalization",
      "kind": "multiple",
      "ordinal": false,
      "prompt": "Which factors do you actively, consistently and successfully use to personalize digital experiences? (Select all that apply.)",
      "options": [
        {
          "id": "engagement_history",
          "label": "Specific profile or engagement data (past purchases, past support enquiries, offers responded to)"
        },
        {
          "id": "account_data",
          "label": "Basic account data (name, age, location, account tier)"
        },
        {
          "id": "browsing_behavior",
          "label": "Website browsing / shopping habits and behaviour"
        },
        {
          "id": "sentiment",
          "label": "Perceived customer sentiment"
        },
        {
          "id": "predicted_intent",
          "label": "Predicted customer intent"
        },
        {
          "id": "none",
          "label": "We do not really / successfully personalize",
          "exclusive": true
        }
      ],
      "distributions": [
        {
          "rowId": null,
          "n": 106,
          "counts": {
            "engagement_history": 69,
            "account_data": 59,
            "browsing_behavior": 44,
            "sentiment": 39,
            "predicted_intent": 34,
            "none": 16
          },
          "publishedPercents": {
            "engagement_history": 65.09,
            "account_data": 55.66,
            "browsing_behavior": 41.51,
            "sentiment": 36.79,
            "predicted_intent": 32.08,
            "none": 15.09
          }
        }
      ]
    },
    {
      "id": "personalization_intelligence",
      "dimension": "personalization",
      "kind": "single",
      "ordinal": true,
      "prompt": "Are you capturing, analysing and acting on the customer intelligence needed to deliver excellent digital experiences?",
      "options": [
        {
          "id": "not_at_all",
          "label": "Not at all"
        },
        {
          "id": "capture_only",
          "label": "We capture data, but it is not unified or analysed effectively, so little is actionable"
        },
        {
          "id": "analyze_not_act",
          "label": "We collect and analyse it, but do not consistently use it well"
        },
        {
          "id": "excellent",
          "label": "Yes, our customer-intelligence programme is excellent"
        }
      ],
      "distributions": [
        {
          "rowId": null,
          "n": 106,
          "counts": {
            "not_at_all": 16,
            "capture_only": 42,
            "analyze_not_act": 37,
            "excellent": 11
          },
          "publishedPercents": {
            "not_at_all": 15.09,
            "capture_only": 39.62,
            "analyze_not_act": 34.91,
            "excellent": 10.38
          }
        }
      ]
    },
    {
      "id": "effort_tasks",
      "dimension": "effort",
      "kind": "matrix",
      "ordinal": true,
      "prompt": "How easily can customers do each of the following on your website or mobile app?",
      "options": [
        {
          "id": "not_applicable",
          "label": "Not applicable",
          "notApplicable": true
        },
        {
          "id": "very_difficult",
          "label": "Very difficult"
        },
        {
          "id": "fairly_difficult",
          "label": "Fairly difficult"
        },
        {
          "id": "neither",
          "label": "Neither easy nor difficult"
        },
        {
          "id": "fairly_easy",
          "label": "Fairly easy"
        },
        {
          "id": "very_easy",
          "label": "Very easy"
        }
      ],
      "rows": [
        {
          "id": "find_information",
          "label": "Find general company / product information"
        },
        {
          "id": "manage_account",
          "label": "Access / manage a specific account or personal data"
        },
        {
          "id": "personalized_offers",
          "label": "Access and use personalized products, offers or discounts"
        },
        {
          "id": "complete_purchase",
          "label": "Complete a purchase"
        },
        {
          "id": "self_service_bot",
          "label": "Interact with a bot / self-service platform"
        },
        {
          "id": "submit_ticket",
          "label": "Submit a support ticket / request"
        },
        {
          "id": "live_agent_digital",
          "label": "Connect with a live agent in a digital channel (chat, messaging)"
        },
        {
          "id": "escalate_to_phone",
          "label": "Escalate from a digital channel to a live phone agent"
        }
      ],
      "distributions": [
        {
          "rowId": "find_information",
          "n": 106,
          "counts": {
            "not_applicable": 2,
            "very_difficult": 1,
            "fairly_difficult": 8,
            "neither": 26,
            "fairly_easy": 43,
            "very_easy": 26
          },
          "publishedPercents": {
            "not_applicable": 1.89,
            "very_difficult": 0.94,
            "fairly_difficult": 7.55,
            "neither": 24.53,
            "fairly_easy": 40.57,
            "very_easy": 24.53
          },
          "publishedMean": 3.52
        },
        {
          "rowId": "manage_account",
          "n": 106,
          "counts": {
            "not_applicable": 14,
            "very_difficult": 2,
            "fairly_difficult": 10,
            "neither": 22,
            "fairly_easy": 45,
            "very_easy": 13
          },
          "publishedPercents": {
            "not_applicable": 13.21,
            "very_difficult": 1.89,
            "fairly_difficult": 9.43,
            "neither": 20.75,
            "fairly_easy": 42.45,
            "very_easy": 12.26
          },
          "publishedMean": 3.27
        },
        {
          "rowId": "personalized_offers",
          "n": 106,
          "counts": {
            "not_applicable": 20,
            "very_difficult": 8,
            "fairly_difficult": 18,
            "neither": 18,
            "fairly_easy": 34,
            "very_easy": 8
          },
          "publishedPercents": {
            "not_applicable": 18.87,
            "very_difficult": 7.55,
            "fairly_difficult": 16.98,
            "neither": 16.98,
            "fairly_easy": 32.08,
            "very_easy": 7.55
          },
          "publishedMean": null
        },
        {
          "rowId": "complete_purchase",
          "n": 106,
          "counts": {
            "not_applicable": 28,
            "very_difficult": 3,
            "fairly_difficult": 6,
            "neither": 16,
            "fairly_easy": 32,
            "very_easy": 21
          },
          "publishedPercents": {
            "not_applicable": 26.42,
            "very_difficult": 2.83,
            "fairly_difficult": 5.66,
            "neither": 15.09,
            "fairly_easy": 30.19,
            "very_easy": 19.81
          },
          "publishedMean": 3.49
        },
        {
          "rowId": "self_service_bot",
          "n": 105,
          "counts": {
            "not_applicable": 28,
            "very_difficult": 2,
            "fairly_difficult": 11,
            "neither": 15,
            "fairly_easy": 30,
            "very_easy": 19
          },
          "publishedPercents": {
            "not_applicable": 26.67,
            "very_difficult": 1.9,
            "fairly_difficult": 10.48,
            "neither": 14.29,
            "fairly_easy": 28.57,
            "very_easy": 18.1
          },
          "publishedMean": 3.36
        },
        {
          "rowId": "submit_ticket",
          "n": 106,
          "counts": {
            "not_applicable": 16,
            "very_difficult": 5,
            "fairly_difficult": 13,
            "neither": 17,
            "fairly_easy": 35,
            "very_easy": 20
          },
          "publishedPercents": {
            "not_applicable": 15.09,
            "very_difficult": 4.72,
            "fairly_difficult": 12.26,
            "neither": 16.04,
            "fairly_easy": 33.02,
            "very_easy": 18.87
          },
          "publishedMean": null
        },
        {
          "rowId": "live_agent_digital",
          "n": 106,
          "counts": {
            "not_applicable": 18,
            "very_difficult": 8,
            "fairly_difficult": 11,
            "neither": 23,
            "fairly_easy": 30,
            "very_easy": 16
          },
          "publishedPercents": {
            "not_applicable": 16.98,
            "very_difficult": 7.55,
            "fairly_difficult": 10.38,
            "neither": 21.7,
            "fairly_easy": 28.3,
            "very_easy": 15.09
          },
          "publishedMean": 2.99,
          "publishedMeanErratum": "Published as 2.99, but the counts, which reproduce every published percentage of this row, give 263.75 / 88 = 2.997 (3.00 rounded) on the study's scale; the published figure is kept."
        },
        {
          "rowId": "escalate_to_phone",
          "n": 106,
          "counts": {
            "not_applicable": 22,
            "very_difficult": 11,
            "fairly_difficult": 13,
            "neither": 22,
            "fairly_easy": 27,
            "very_easy": 11
          },
          "publishedPercents": {
            "not_applicable": 20.75,
            "very_difficult": 10.38,
            "fairly_difficult": 12.26,
            "neither": 20.75,
            "fairly_easy": 25.47,
            "very_easy": 10.38
          },
          "publishedMean": 2.71
        }
      ]
    },
    {
      "id": "effort_ux_metrics",
      "dimension": "effort",
      "kind": "single",
      "ordinal": true,
      "prompt": "How seriously does your organisation weigh user-experience metrics (site abandonment, time on page, interaction with pop-up chatbots) in digital engagement decisions?",
      "options": [
        {
          "id": "not_at_all",
          "label": "Not at all"
        },
        {
          "id": "slight",
          "label": "A slight focus"
        },
        {
          "id": "decent",
          "label": "A decent focus"
        },
        {
          "id": "absolute_priority",
          "label": "An absolute priority"
        }
      ],
      "distributions": [
        {
          "rowId": null,
          "n": 106,
          "counts": {
            "not_at_all": 8,
            "slight": 33,
            "decent": 43,
            "absolute_priority": 22
          },
          "publishedPercents": {
            "not_at_all": 7.55,
            "slight": 31.13,
            "decent": 40.57,
            "absolute_priority": 20.75
          }
        }
      ]
    },
    {
      "id": "brand_channels",
      "dimension": "brand",
      "kind": "matrix",
      "ordinal": true,
      "prompt": "Does your presence in each of these channels adequately reflect your brand identity, values and commitment to customer-centricity?",
      "options": [
        {
          "id": "not_offered",
          "label": "We do not offer or monitor this channel",
          "notApplicable": true
        },
        {
          "id": "no",
          "label": "No"
        },
        {
          "id": "yes",
          "label": "Yes"
        }
      ],
      "rows": [
        {
          "id": "website",
          "label": "Website"
        },
        {
          "id": "mobile_app",
          "label": "Mobile app"
        },
        {
          "id": "native_chat",
          "label": "Native web / mobile-app chat"
        },
        {
          "id": "messaging",
          "label": "Messaging (SMS, MMS, WhatsApp...)"
        },
        {
          "id": "video_chat",
          "label": "Video chat"
        },
        {
          "id": "help_desk",
          "label": "Help desk / ticketing"
        },
        {
          "id": "email",
          "label": "Email"
        },
        {
          "id": "social_public",
          "label": "Social networks: public feeds"
        },
        {
          "id": "social_messaging",
          "label": "Social networks: messaging / DM"
        },
        {
          "id": "review_sites",
          "label": "Industry / review websites"
        }
      ],
      "distributions": [
        {
          "rowId": "website",
          "n": 106,
          "counts": {
            "not_offered": 3,
            "no": 17,
            "yes": 86
          },
          "publishedPercents": {
            "not_offered": 2.83,
            "no": 16.04,
            "yes": 81.13
          }
        },
        {
          "rowId": "mobile_app",
          "n": 105,
          "counts": {
            "not_offered": 29,
            "no": 20,
            "yes": 56
          },
          "publishedPercents": {
            "not_offered": 27.62,
            "no": 19.05,
            "yes": 53.33
          }
        },
        {
          "rowId": "native_chat",
          "n": 102,
          "counts": {
            "not_offered": 31,
            "no": 19,
            "yes": 52
          },
          "publishedPercents": {
            "not_offered": 30.39,
            "no": 18.63,
            "yes": 50.98
          }
        },
        {
          "rowId": "messaging",
          "n": 105,
          "counts": {
            "not_offered": 30,
            "no": 21,
            "yes": 54
          },
          "publishedPercents": {
            "not_offered": 28.57,
            "no": 20,
            "yes": 51.43
          }
        },
        {
          "rowId": "video_chat",
          "n": 104,
          "counts": {
            "not_offered": 43,
            "no": 29,
            "yes": 32
          },
          "publishedPercents": {
            "not_offered": 41.35,
            "no": 27.88,
            "yes": 30.77
          }
        },
        {
          "rowId": "help_desk",
          "n": 104,
          "counts": {
            "not_offered": 20,
            "no": 15,
            "yes": 69
          },
          "publishedPercents": {
            "not_offered": 19.23,
            "no": 14.42,
            "yes": 66.35
          }
        },
        {
          "rowId": "email",
          "n": 105,
          "counts": {
            "not_offered": 6,
            "no": 14,
            "yes": 85
          },
          "publishedPercents": {
            "not_offered": 5.71,
            "no": 13.33,
            "yes": 80.95
          }
        },
        {
          "rowId": "social_public",
          "n": 105,
          "counts": {
            "not_offered": 9,
            "no": 19,
            "yes": 77
          },
          "publishedPercents": {
            "not_offered": 8.57,
            "no": 18.1,
            "yes": 73.33
          }
        },
        {
          "rowId": "social_messaging",
          "n": 105,
          "counts": {
            "not_offered": 13,
            "no": 28,
            "yes": 64
          },
          "publishedPercents": {
            "not_offered": 12.38,
            "no": 26.67,
            "yes": 60.95
          }
        },
        {
          "rowId": "review_sites",
          "n": 104,
          "counts": {
            "not_offered": 23,
            "no": 20,
            "yes": 61
          },
          "publishedPercents": {
            "not_offered": 22.12,
            "no": 19.23,
            "yes": 58.65
          }
        }
      ]
    },
    {
      "id": "automation_priorities",
      "dimension": "automation",
      "kind": "multiple",
      "ordinal": false,
      "prompt": "Which aspects of the digital experience are you prioritising for automation solutions and investment? (Select all that apply.)",
      "options": [
        {
          "id": "customer_data",
          "label": "Customer data collection and / or analysis"
        },
        {
          "id": "proactive_engagement",
          "label": "Proactive / outbound engagement (marketing, sales enablement)"
        },
        {
          "id": "content_knowledge",
          "label": "Digital content and knowledge"
        },
        {
          "id": "chatbots",
          "label": "Chatbots and / or conversational AI for support"
        },
        {
          "id": "authentication",
          "label": "Authentication / login handling"
        },
        {
          "id": "team_workflow",
          "label": "Digital team workflow / process improvement"
        },
        {
          "id": "ux_personalization",
          "label": "UX personalization / customization"
        },
        {
          "id": "channel_integration",
          "label": "Integration / presence with other web and social channels"
        },
        {
          "id": "offer_popups",
          "label": "Automated offers or information pop-ups"
        },
        {
          "id": "team_training",
          "label": "Digital team training / coaching"
        },
        {
          "id": "translation",
          "label": "Real-time translation"
        },
        {
          "id": "other",
          "label": "Other"
        }
      ],
      "distributions": [
        {
          "rowId": null,
          "n": 106,
          "counts": {
            "customer_data": 65,
            "proactive_engagement": 50,
            "content_knowledge": 49,
            "chatbots": 47,
            "authentication": 46,
            "team_workflow": 45,
            "ux_personalization": 37,
            "channel_integration": 34,
            "offer_popups": 29,
            "team_training": 27,
            "translation": 24,
            "other": 4
          },
          "publishedPercents": {
            "customer_data": 61.23,
            "proactive_engagement": 47.17,
            "content_knowledge": 46.23,
            "chatbots": 44.34,
            "authentication": 43.4,
            "team_workflow": 42.45,
            "ux_personalization": 34.91,
            "channel_integration": 32.08,
            "offer_popups": 27.36,
            "team_training": 25.47,
            "translation": 22.64,
            "other": 3.77
          },
          "errata": [
            {
              "optionId": "customer_data",
              "note": "Published as 61.23%, which fits no n near 106; 65/106 = 61.32%, so the published figure is most likely a transposition of 61.32."
            }
          ]
        }
      ]
    }
  ]
}$baseline$::jsonb);
