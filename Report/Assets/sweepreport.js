// Sweep-report page script: draws the ECharts charts from the embedded JSON (tables.js sorts tables).
// Everything it needs is inline in the page; it makes no network request.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tearsheet-data').textContent);
  var PALETTE = ['#1f6feb', '#e36209', '#2da44e', '#8250df', '#cf222e', '#bf8700'];
  var GRID = { left: 64, right: 24, top: 36, bottom: 40 };
  var charts = [];

  function num(v) { return v == null ? 'n/a' : Number(v.toPrecision(4)).toString(); }
  function draw(name, option) {
    var el = document.querySelector('[data-chart="' + name + '"]');
    if (!el) { return null; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    option.animation = false;
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }
  function finite(values) { return values.filter(function (v) { return v != null; }); }

  function drawHeatmaps() {
    data.heatmaps.forEach(function (h, i) {
      var values = finite(h.cells.map(function (c) { return c[2]; }));
      var lo = values.length ? Math.min.apply(null, values) : 0, hi = values.length ? Math.max.apply(null, values) : 1;
      draw('heatmap-' + i, {
        grid: { left: 72, right: 96, top: 24, bottom: 48 },
        tooltip: { formatter: function (p) { return h.x + ' ' + h.xValues[p.value[0]] + ', ' + h.y + ' ' + h.yValues[p.value[1]] + ': ' + num(p.value[2]); } },
        xAxis: { type: 'category', name: h.x, nameLocation: 'middle', nameGap: 28, data: h.xValues, splitArea: { show: true } },
        yAxis: { type: 'category', name: h.y, data: h.yValues, splitArea: { show: true } },
        visualMap: { min: lo, max: hi === lo ? lo + 1 : hi, calculable: true, orient: 'vertical', right: 8, top: 'middle',
                     inRange: { color: ['#cf222e', '#f6f8fa', '#2da44e'] }, text: ['high', 'low'], formatter: num },
        series: [{ name: data.target, type: 'heatmap', data: h.cells, label: { show: h.cells.length <= 100, formatter: function (p) { return num(p.value[2]); } } }]
      });
    });
  }

  function sensitivityOption(s, withBand) {
    var series = [{ name: 'Mean', type: 'line', data: s.mean, color: PALETTE[0], symbolSize: 6 }];
    if (withBand) {
      series.push({ name: 'Min', type: 'line', data: s.min, color: PALETTE[4], lineStyle: { type: 'dashed' }, symbolSize: 4 });
      series.push({ name: 'Max', type: 'line', data: s.max, color: PALETTE[2], lineStyle: { type: 'dashed' }, symbolSize: 4 });
    }
    return {
      grid: GRID, legend: { top: 4 }, tooltip: { trigger: 'axis', valueFormatter: num },
      xAxis: { type: 'category', name: s.name, nameLocation: 'middle', nameGap: 26, data: s.values },
      yAxis: { type: 'value', scale: true, name: data.target, axisLabel: { formatter: num } },
      series: series
    };
  }

  function drawSensitivity() {
    data.sensitivity.forEach(function (s, i) { draw('sensitivity-' + i, sensitivityOption(s, true)); });
    if (data.sensitivity.length === 1) {
      var line = sensitivityOption(data.sensitivity[0], false);
      line.series[0].name = data.target;
      draw('target-line', line);
    }
  }

  function drawSharpe() {
    var h = data.sharpe;
    draw('sharpe-histogram', {
      grid: GRID, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', name: 'Sharpe Ratio (bin centre)', nameLocation: 'middle', nameGap: 26,
               data: h.centers.map(function (c) { return c == null ? 'n/a' : c.toFixed(2); }) },
      yAxis: { type: 'value', name: 'trials', minInterval: 1 },
      series: [{ name: 'Trials', type: 'bar', data: h.counts, color: PALETTE[0], barCategoryGap: '10%' }]
    });
  }

  function drawEquity() {
    if (data.equity.length === 0) { return; }
    var dates = data.equityDates;
    var series = data.equity.map(function (c, k) {
      return { name: c.name, type: 'line', showSymbol: false, color: PALETTE[k], lineStyle: { width: 1.2 },
               data: c.growth.map(function (g, i) { return [dates ? dates[i] : i, g]; }) };
    });
    draw('equity', {
      grid: GRID, legend: { top: 4 }, tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? 'n/a' : v.toFixed(3) + 'x'; } },
      xAxis: dates ? { type: 'category', data: dates, boundaryGap: false }
                   : { type: 'value', name: 'trading day', nameLocation: 'middle', nameGap: 26, min: 0 },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: function (v) { return v.toFixed(2) + 'x'; } } },
      dataZoom: [{ type: 'inside' }], series: series
    });
  }

  // The stitched out-of-sample equity of a walk-forward, with a dashed line where each window's out-of-sample run starts.
  function drawWalkForward() {
    var wf = data.walkForward;
    if (!wf || wf.dates.length === 0) { return; }
    var starts = wf.windows.map(function (w) { return { xAxis: w.start, name: 'w' + w.number, label: { formatter: 'w' + w.number } }; });
    draw('walk-forward-equity', {
      grid: GRID, tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? 'n/a' : v.toFixed(3) + 'x'; } },
      xAxis: { type: 'category', data: wf.dates, boundaryGap: false },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: function (v) { return v.toFixed(2) + 'x'; } } },
      dataZoom: [{ type: 'inside' }],
      series: [{ name: 'Stitched OOS equity', type: 'line', showSymbol: false, color: PALETTE[0], lineStyle: { width: 1.2 }, data: wf.equity,
                 markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#6e7781' }, data: starts } }]
    });
  }

  drawHeatmaps();
  drawSensitivity();
  drawSharpe();
  drawEquity();
  drawWalkForward();
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute('data-ready', 'true');
})();
