// The paper of every page: the browser's bar, the installed app's splash and its title bar
// all take it, so opening Breathing Room is as quiet as reading it.
export const THEME_COLOUR = "#f7f4ef";
