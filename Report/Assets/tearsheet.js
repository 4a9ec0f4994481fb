// Tear-sheet page script: draws the ECharts charts from the embedded JSON (tables.js sorts tables).
// Everything it needs is inline in the page; it makes no network request.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tearsheet-data').textContent);
  var STRATEGY = '#1f6feb', BENCHMARK = '#8c959f';
  var PALETTE = ['#1f6feb', '#e36209', '#2da44e', '#8250df', '#cf222e', '#bf8700', '#0a7ea4', '#6e7781', '#d63384', '#57ab5a'];
  var charts = [];

  function pct(v, digits) { return v == null ? 'n/a' : (v * 100).toFixed(digits == null ? 2 : digits) + '%'; }
  function zip(dates, values, shift) {
    var out = new Array(dates.length);
    for (var i = 0; i < dates.length; i++) {
      out[i] = [dates[i], values[i] == null ? null : values[i] + (shift || 0)];
    }
    return out;
  }
  function line(name, points, colour, extra) {
    var s = { name: name, type: 'line', data: points, showSymbol: false, lineStyle: { width: 1.2 }, color: colour };
    for (var k in extra) { s[k] = extra[k]; }
    return s;
  }
  function timeChart(name, yFormatter, series, extra) {
    var option = {
      animation: false, color: PALETTE, grid: { left: 64, right: 24, top: 36, bottom: 32 },
      legend: { top: 4 }, tooltip: { trigger: 'axis', valueFormatter: yFormatter },
      xAxis: { type: 'time' }, yAxis: { type: 'value', scale: true, axisLabel: { formatter: yFormatter } },
      dataZoom: [{ type: 'inside' }], series: series
    };
    for (var k in extra) { option[k] = extra[k]; }
    var chart = draw(name, option);
    if (chart) { chart.group = 'time'; }
    return chart;
  }
  function draw(name, option) {
    var el = document.querySelector('[data-chart="' + name + '"]');
    if (!el) { return null; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  function cumulativeSeries(log) {
    var shift = log ? 0 : -1;
    if (data.kind === 'comparison') {
      var list = data.runs.map(function (r, i) { return line(r.name, zip(r.dates, r.growth, shift), PALETTE[i % PALETTE.length]); });
      list.push(line('Benchmark', zip(data.benchmarkDates, data.benchmarkGrowth, shift), BENCHMARK, { lineStyle: { width: 1, type: 'dashed' } }));
      return list;
    }
    return [line('Strategy', zip(data.dates, data.strategyGrowth, shift), STRATEGY),
            line('Benchmark', zip(data.dates, data.benchmarkGrowth, shift), BENCHMARK)];
  }
  function drawCumulative() {
    var name = data.kind === 'comparison' ? 'compare-cumulative' : 'cumulative';
    var chart = timeChart(name, function (v) { return pct(v, 0); }, cumulativeSeries(false));
    var button = document.getElementById('log-toggle');
    button.addEventListener('click', function () {
      var log = button.dataset.scale !== 'log';
      button.dataset.scale = log ? 'log' : 'linear';
      button.textContent = log ? 'Linear scale' : 'Log scale';
      var fmt = log ? function (v) { return v == null ? 'n/a' : v.toFixed(2) + 'x'; } : function (v) { return pct(v, 0); };
      chart.setOption({ yAxis: { type: log ? 'log' : 'value', axisLabel: { formatter: fmt } },
                        tooltip: { valueFormatter: fmt }, series: cumulativeSeries(log) });
    });
  }

  function drawDrawdown() {
    var shade = data.worstDrawdowns.map(function (d) { return [{ xAxis: d[0] }, { xAxis: d[1] }]; });
    timeChart('drawdown', function (v) { return pct(v, 1); }, [
      line('Strategy', zip(data.dates, data.strategyDrawdown), STRATEGY,
        { areaStyle: { opacity: 0.25 }, markArea: { silent: true, itemStyle: { color: 'rgba(207,34,46,0.12)' }, data: shade } }),
      line('Benchmark', zip(data.dates, data.benchmarkDrawdown), BENCHMARK)]);
  }

  function regimeAreas(regimes) {
    var tints = ['rgba(31,111,235,0.10)', 'rgba(227,98,9,0.12)', 'rgba(45,164,78,0.12)', 'rgba(130,80,223,0.12)', 'rgba(191,135,0,0.12)'];
    var values = [];
    regimes.forEach(function (r) { if (values.indexOf(r[2]) < 0) { values.push(r[2]); } });
    return regimes.map(function (r) {
      var colour = tints[values.indexOf(r[2]) % tints.length];
      return [{ xAxis: r[0], name: 'Regime ' + r[2], itemStyle: { color: colour }, label: { show: false } }, { xAxis: r[1] }];
    });
  }
  function stepPoints(points, end) {
    var out = points.slice();
    if (out.length > 0 && out[out.length - 1][0] < end) { out.push([end, out[out.length - 1][1]]); }
    return out;
  }
  function drawAllocation() {
    var a = data.allocation;
    var fmt = a.weights ? function (v) { return pct(v, 0); } : function (v) { return v == null ? 'n/a' : String(v); };
    var series = a.series.map(function (s, i) {
      return line(s.name, stepPoints(s.points, a.end), PALETTE[i % PALETTE.length],
        a.weights ? { step: 'end', stack: 'weights', areaStyle: { opacity: 0.6 } } : { step: 'end' });
    });
    if (series.length === 0) { series.push(line('No holdings', [], BENCHMARK)); }
    if (a.regimes.length > 0) { series[0].markArea = { silent: true, data: regimeAreas(a.regimes) }; }
    var extra = { xAxis: { type: 'time', min: data.dates[0], max: a.end } };
    timeChart('allocation', fmt, series, extra);
  }

  function drawPanels() {
    var host = document.getElementById('signal-panels');
    if (data.panels.length === 0) {
      host.innerHTML = '<p class="note">The strategy plotted no signals.</p>';
      return;
    }
    data.panels.forEach(function (p, i) {
      var title = document.createElement('h3');
      title.textContent = p.title;
      var div = document.createElement('div');
      div.className = 'chart panel';
      div.dataset.chart = 'panel-' + i;
      host.appendChild(title);
      host.appendChild(div);
      var series = p.series.map(function (s, k) {
        return line(s.name, stepPoints(s.points, data.dates[data.dates.length - 1]), PALETTE[k % PALETTE.length], p.step ? { step: 'end' } : {});
      });
      timeChart('panel-' + i, function (v) { return v == null ? 'n/a' : Number(v.toPrecision(4)).toString(); }, series,
        { xAxis: { type: 'time', min: data.dates[0], max: data.dates[data.dates.length - 1] } });
    });
  }

  function drawAnnual() {
    draw('annual', {
      animation: false, grid: { left: 64, right: 24, top: 36, bottom: 32 }, legend: { top: 4 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return pct(v, 1); } },
      xAxis: { type: 'category', data: data.annual.years },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return pct(v, 0); } } },
      series: [{ name: 'Strategy', type: 'bar', data: data.annual.strategy, color: STRATEGY },
               { name: 'Benchmark', type: 'bar', data: data.annual.benchmark, color: BENCHMARK }]
    });
  }

  function drawRolling() {
    var r = data.rolling, d = data.dates;
    var ratio = function (v) { return v == null ? 'n/a' : v.toFixed(2); };
    timeChart('rolling-sharpe', ratio, [line('Strategy 6 months', zip(d, r.sharpe126)), line('Strategy 12 months', zip(d, r.sharpe252)),
      line('Benchmark 12 months', zip(d, r.benchmarkSharpe252), BENCHMARK)], { title: { text: 'Sharpe', left: 'right', textStyle: { fontSize: 12 } } });
    timeChart('rolling-volatility', function (v) { return pct(v, 0); }, [line('Strategy 6 months', zip(d, r.volatility126)),
      line('Strategy 12 months', zip(d, r.volatility252)), line('Benchmark 12 months', zip(d, r.benchmarkVolatility252), BENCHMARK)],
      { title: { text: 'Volatility', left: 'right', textStyle: { fontSize: 12 } } });
    timeChart('rolling-beta', ratio, [line('Beta 6 months', zip(d, r.beta126)), line('Beta 12 months', zip(d, r.beta252))],
      { title: { text: 'Beta to benchmark', left: 'right', textStyle: { fontSize: 12 } } });
  }

  function drawHistogram() {
    var h = data.histogram;
    draw('histogram', {
      animation: false, grid: { left: 64, right: 24, top: 36, bottom: 32 }, legend: { top: 4 }, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: h.centers.map(function (c) { return pct(c, 2); }) },
      yAxis: { type: 'value', name: 'days' },
      series: [{ name: 'Strategy', type: 'bar', data: h.strategy, color: STRATEGY, barGap: '-100%', itemStyle: { opacity: 0.7 } },
               { name: 'Benchmark', type: 'bar', data: h.benchmark, color: BENCHMARK, itemStyle: { opacity: 0.5 } }]
    });
  }

  function drawComparisonDrawdown() {
    var series = data.runs.map(function (r, i) { return line(r.name, zip(r.dates, r.drawdown), PALETTE[i % PALETTE.length]); });
    timeChart('compare-drawdown', function (v) { return pct(v, 1); }, series);
  }

  if (data.kind === 'comparison') {
    drawCumulative();
    drawComparisonDrawdown();
  } else {
    drawCumulative();
    drawDrawdown();
    drawAllocation();
    drawPanels();
    drawAnnual();
    drawRolling();
    drawHistogram();
  }
  echarts.connect('time');
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute('data-ready', 'true');
})();
