import type { Message } from "./index";

export const uiMessages: Record<string, Message> = {};
