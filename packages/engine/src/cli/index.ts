export { graphMermaid, graphText } from './graphText';
export { main, runCli } from './main';
export { type RunGraphOptions, runGraph } from './runGraph';
export { type CommandResult, type RunLintOptions, runLint } from './runLint';
