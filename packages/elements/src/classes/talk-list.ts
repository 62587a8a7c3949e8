// The class of <apiary-talk-list>, not registered: for a scoped registry or a tag of your own (`ApiaryTalkList.define('my-tag')`).
export { ApiaryTalkList } from '../talk-list/talk-list.js';
