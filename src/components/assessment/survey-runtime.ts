/**
 * Mounts the SurveyJS instrument (loaded on demand: it is large) and reports
 * what happens in it. Everything about saving and submitting stays with the
 * island; this module only adapts SurveyJS.
 */
import { Model, surveyLocalization, type SurveyModel } from 'survey-core';
import 'survey-core/i18n/korean';
import 'survey-core/survey-core.fontless.min.css';
import './survey-layout.css';
import { renderSurvey, unmountComponentAtNode } from 'survey-js-ui';
import { currentSurveyFile as surveyFile } from '../../../surveys/assessment/versions.ts';
import type { TAnswers, TLanguage } from '../../lib/assessment/local-draft.ts';
import { accessibleTheme } from './survey-theme.ts';

// survey-core's Korean strings put the page total first ("페이지 7 / 3" on page 3 of 7).
const korean = surveyLocalization.locales['ko'];
if (korean) korean['progressText'] = '전체 {1}페이지 중 {0}페이지';

export const SURVEY_VERSION = surveyFile.version;
export const PAGE_COUNT = surveyFile.definition.pages.length;

export type TSurveyHandlers = {
  onAnswersChanged: (answers: TAnswers, pageNumber: number) => void;
  onPageChanged: (answers: TAnswers, pageNumber: number) => void;
  /** Called when the respondent presses Complete on a valid last page. */
  onComplete: (answers: TAnswers) => void;
};

export type TMountedSurvey = {
  setLanguage: (language: TLanguage) => void;
  /** Shows the survey again on its last page (after the server refused the answers). */
  reopen: () => void;
  destroy: () => void;
};

const surveyLocale = (language: TLanguage) => (language === 'en' ? '' : language);

/** Answers without empty values (SurveyJS keeps cleared text as ''). */
function answersOf(model: SurveyModel): TAnswers {
  const answers: TAnswers = {};
  for (const [name, value] of Object.entries(model.data as Record<string, unknown>)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    answers[name] = value as TAnswers[string];
  }
  return answers;
}

export function mountSurvey(
  container: HTMLElement,
  start: {
    answers: TAnswers;
    pageNumber: number;
    language: TLanguage;
    /** Questions not asked (an invitation's respondent: the organisation's, set by the consultant). */
    hidden?: readonly string[];
  },
  handlers: TSurveyHandlers,
): TMountedSurvey {
  // SurveyJS mutates the JSON it is given: hand it a copy.
  const model = new Model(structuredClone(surveyFile.definition));
  for (const name of start.hidden ?? []) {
    const question = model.getQuestionByName(name);
    if (question) question.visible = false;
  }
  model.applyTheme(accessibleTheme);
  model.clearInvisibleValues = 'onHidden';
  model.locale = surveyLocale(start.language);
  model.data = structuredClone(start.answers);
  model.currentPageNo = Math.min(start.pageNumber, model.pageCount - 1);

  const valueChanged = () => handlers.onAnswersChanged(answersOf(model), model.currentPageNo);
  const pageChanged = () => {
    handlers.onPageChanged(answersOf(model), model.currentPageNo);
    container.querySelector<HTMLElement>('.sd-page__title, .sd-title')?.focus?.();
  };
  const completing = (_sender: SurveyModel, options: { allow: boolean }) => {
    // The island decides what happens next; SurveyJS shows no "thank you" page.
    options.allow = false;
    handlers.onComplete(answersOf(model));
  };
  model.onValueChanged.add(valueChanged);
  model.onCurrentPageChanged.add(pageChanged);
  model.onCompleting.add(completing);
  renderSurvey(model, container);

  return {
    setLanguage: (language) => {
      model.locale = surveyLocale(language);
      model.updateProgressText();
    },
    reopen: () => {
      model.currentPageNo = model.pageCount - 1;
    },
    destroy: () => {
      model.onValueChanged.remove(valueChanged);
      model.onCurrentPageChanged.remove(pageChanged);
      model.onCompleting.remove(completing);
      unmountComponentAtNode(container);
      model.dispose();
    },
  };
}
