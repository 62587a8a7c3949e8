import { ApiaryTalkList } from './talk-list/talk-list.js';

ApiaryTalkList.define();

export { ApiaryTalkList };
export type { Talk } from './talk-list/talk-list.js';
