import type { Message } from "./index";

export const rulesMessages: Record<string, Message> = {};
