import {timelineCss} from './rk-timeline.css.js';

export const timelineStyles = new CSSStyleSheet();
timelineStyles.replaceSync(timelineCss);
