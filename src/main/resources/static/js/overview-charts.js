// The overview's charts (/oversikt): each figure.overview-chart holds a table of its numbers (the text alternative,
// read by screen readers and shown on request) and an empty div.chart; this script draws a stacked bar chart from
// that table with Apache ECharts (served by the application as a WebJar, never a CDN). Without JavaScript the table
// alone is the chart. The chart itself is aria-hidden: the same numbers are in the table.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = ['#b3261e', '#b26a00', '#4a6fa5'];
  document.querySelectorAll('figure.overview-chart').forEach(function (figure) {
    var table = figure.querySelector('table.chart-data');
    var target = figure.querySelector('div.chart');
    if (!table || !target) {
      return;
    }
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'), 0, 12);
    var names = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
    var series = [1, 2, 3].map(function (column, index) {
      return {
        name: headers[column],
        type: 'bar',
        stack: 'items',
        itemStyle: { color: colours[index] },
        data: rows.map(function (row) {
          return Number(row.querySelectorAll('td')[column - 1].textContent.trim());
        })
      };
    });
    target.style.height = Math.max(160, 40 + rows.length * 28) + 'px';
    var chart = echarts.init(target, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      // The page's own font, so that ECharts measures the names and the legend as they are drawn.
      textStyle: { fontFamily: window.getComputedStyle(figure).fontFamily },
      // The legend is the page's (.chart-legend, in HTML, which wraps); ECharts' own overlapped in narrow charts.
      legend: { show: false },
      // A fixed room for the names (cut with an ellipsis to fit it): measuring them failed while fonts loaded.
      grid: { left: 128, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      // Long names are cut with an ellipsis at a fixed width, which the grid then makes room for.
      yAxis: { type: 'category', inverse: true, data: names,
        axisLabel: { width: 112, overflow: 'truncate', ellipsis: '…' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
