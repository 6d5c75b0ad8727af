// The entry point `@kudumbashree/domain/locales/en`: English alone, as the other languages are
// published (the main entry exports it too).
export { en } from "../en.js";
