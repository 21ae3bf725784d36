import type { Message } from "./index";

export const cliMessages: Record<string, Message> = {};
