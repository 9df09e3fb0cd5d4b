// Placeholder: the task-pane work replaces this.
export function App() {
  return <div>指标规划助手 Indicator Planner</div>;
}
