// Chart set-up for Jiandang's dashboards: Chart.js (from its webjar) with our defaults, no frontend build.
window.jiandangChart = function (canvas, config) {
  if (!window.Chart || !canvas) {
    return; // the table beside the chart carries the same numbers
  }
  if (canvas.jiandangChart) {
    canvas.jiandangChart.destroy();
  }
  config.options = Object.assign({
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { display: false } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
  }, config.options || {});
  config.data.datasets.forEach(function (d) {
    d.backgroundColor = d.backgroundColor || ['#b71c1c', '#e65100', '#1565c0', '#2e7d32', '#6a1b9a', '#00838f'];
  });
  canvas.jiandangChart = new window.Chart(canvas, config);
};
