// Node 20's JSON.parse does not always say where a syntax error is. This scanner finds the offset
// of the first character that makes a text invalid JSON (or the end, when the text stops early).
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const space = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        if (i >= n) fail();
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] as string)) fail();
      }
      i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null || match[0].length === 0) fail();
    i += (match as RegExpExecArray)[0].length;
  };
  // An explicit stack of open containers and a loop, so deep nesting cannot overflow the call stack.
  const stack: ("object" | "array")[] = [];
  const key = () => {
    space();
    if (text[i] !== '"') fail();
    string();
    space();
    if (text[i] !== ":") fail();
    i++;
  };
  try {
    let expectValue = true;
    for (;;) {
      if (expectValue) {
        space();
        const c = text[i];
        expectValue = false;
        if (c === "{" || c === "[") {
          i++;
          space();
          if (text[i] === (c === "{" ? "}" : "]")) {
            i++;
            continue;
          }
          stack.push(c === "{" ? "object" : "array");
          if (c === "{") key();
          expectValue = true;
        } else if (c === '"') string();
        else if (c === "t") literal("true");
        else if (c === "f") literal("false");
        else if (c === "n") literal("null");
        else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
        else fail();
        continue;
      }
      if (stack.length === 0) break;
      space();
      const top = stack[stack.length - 1];
      if (text[i] === ",") {
        i++;
        if (top === "object") key();
        expectValue = true;
      } else if ((top === "object" && text[i] === "}") || (top === "array" && text[i] === "]")) {
        i++;
        stack.pop();
      } else fail();
    }
    space();
    if (i < n) fail();
    return -1;
  } catch (offset) {
    if (typeof offset !== "number") throw offset;
    return Math.min(offset, n);
  }
}
