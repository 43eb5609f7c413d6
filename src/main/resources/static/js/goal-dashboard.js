// Draws the follow-up dashboard's charts with Apache ECharts (served from the WebJar). Each chart's data is in
// its element's data-chart attribute (JSON written by the server); the figures and a summary are beside every
// chart as text, so the canvas is decoration for those who can see it (role="img" with the summary as label).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var swedish = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });

  function option(data) {
    var line = data.kind === 'line';
    return {
      animation: false,
      aria: { enabled: false }, // the page gives each chart its own Swedish text alternative
      color: data.series.map(function (s) { return s.colour; }),
      tooltip: { trigger: 'axis', valueFormatter: function (v) {
        return v === null || v === undefined ? '–' : swedish.format(v) + (data.unit ? ' ' + data.unit : '');
      } },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 84 },
      // Every period named under its bar (wrapped); the line charts' many points keep the library's spacing.
      xAxis: { type: 'category', data: data.categories,
        axisLabel: line ? { hideOverlap: true } : { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: line ? 0 : 1,
        axisLabel: { formatter: function (v) { return swedish.format(v); } } },
      series: data.series.map(function (s) {
        return {
          name: s.name,
          type: line ? 'line' : 'bar',
          stack: line ? undefined : 'betyg',
          data: s.values,
          connectNulls: false,
          lineStyle: s.dashed ? { type: 'dashed' } : undefined,
          symbol: s.dashed ? 'none' : 'circle'
        };
      })
    };
  }

  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var chart = echarts.init(element, null, { renderer: 'canvas', locale: 'EN' });
    chart.setOption(option(JSON.parse(element.getAttribute('data-chart'))));
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
