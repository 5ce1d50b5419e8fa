/* The task pane page. The import arrives in its own module; this wires the page once Office is ready. */
Office.onReady(() => {
  document.getElementById("app")?.setAttribute("data-ready", "true");
});
