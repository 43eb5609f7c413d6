/*
 * Nämndflöde: the secretary's meeting console (/sammantraden/{id}/konsol).
 *
 * One paragraph at a time, keyboard first, no page reload: every action is a fetch() against the console API
 * (/api/v1/meetings/{id}/...), which checks the rules and answers the new state or an RFC 9457 problem whose Swedish
 * `detail` is shown beside the action. Each change carries the version of what it edits (the paragraph's or the
 * attendance's); when someone else changed it meanwhile the answer is 409 with the current state, which the console
 * shows (with what changed) while everything typed stays in the forms. Changes are sent one after another, each with
 * the version the secretary saw, carried forward over the console's own earlier changes. The console asks the live
 * endpoint every two seconds whether anything changed (another secretary) and then reads the state afresh.
 *
 * Texts come from the page (data-texts, messages_*.properties, keys meeting.js.*); no inline script (CSP).
 */
(function () {
  'use strict';

  var root = document.getElementById('console');
  if (!root) {
    return;
  }
  var API = root.getAttribute('data-api');
  var TEXTS = JSON.parse(root.getAttribute('data-texts') || '{}');
  var POLL_MS = 2000;
  var TAKE_UP_MS = 700;

  function t(key) {
    var text = Object.prototype.hasOwnProperty.call(TEXTS, key) ? TEXTS[key] : key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, attributes, children) {
    var element = document.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (name) {
        var value = attributes[name];
        if (value === null || value === undefined || value === false) {
          return;
        }
        if (name === 'text') {
          element.textContent = value;
        } else if (name === 'className') {
          element.className = value;
        } else if (name.indexOf('on') === 0) {
          element.addEventListener(name.substring(2), value);
        } else {
          element.setAttribute(name, value === true ? '' : value);
        }
      });
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return element;
  }

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
    return element;
  }

  function show(element, visible) {
    if (visible) {
      element.removeAttribute('hidden');
    } else {
      element.setAttribute('hidden', '');
    }
  }

  // ---- state ---------------------------------------------------------------------------------------------------

  var state = {
    meeting: null,      // GET .../console: paragraphs with versions and quorum
    attendance: null,   // GET .../attendance: seats, facts, serving lists
    paragraph: null,    // GET .../paragraphs/{id}: the selected paragraph's handling
    selected: null,     // the selected paragraph's id
    revision: -1,       // the highest live revision seen
    takenUp: null,      // the paragraph the live view shows
    focusPerson: null,  // the person marked on the roll call
    pendingBallots: {}, // ballots sent and not yet answered, by person id
    drafts: {}          // what was typed per paragraph, kept while the secretary looks at another
  };
  // Versions after the console's own changes: "key:before" -> after (a later change made before the answer came
  // edits what the earlier one produced).
  var ownVersions = {};
  var writes = 0;
  var chain = Promise.resolve();

  function versionKey(kind, id, version) {
    return kind + id + ':' + version;
  }

  function carriedForward(kind, id, version) {
    var seen = 0;
    while (Object.prototype.hasOwnProperty.call(ownVersions, versionKey(kind, id, version)) && seen++ < 1000) {
      version = ownVersions[versionKey(kind, id, version)];
    }
    return version;
  }

  // ---- HTTP -------------------------------------------------------------------------------------------------

  var csrfToken = meta('_csrf');
  var csrfHeader = meta('_csrf_header');

  function request(method, url, body) {
    var headers = {'Accept': 'application/json'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfHeader && csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    return fetch(url, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store'
    }).catch(function () {
      throw {status: 0, detail: t('offline')};
    }).then(function (response) {
      connection(null);
      if (response.status === 204) {
        return {status: 204, body: null};
      }
      var type = response.headers.get('Content-Type') || '';
      var read = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
      return read.then(function (data) {
        if (response.ok) {
          return {status: response.status, body: data};
        }
        throw {
          status: response.status,
          detail: data && data.detail ? data.detail : t('failed', response.status),
          problem: data
        };
      });
    });
  }

  /** Runs changes one after another, in the order the secretary made them. */
  function enqueue(work) {
    writes++;
    var done = chain.then(work, work);
    chain = done.then(function () {
      writes--;
    }, function () {
      writes--;
    });
    return done;
  }

  function connection(problem) {
    var element = $('connection');
    element.textContent = problem ? problem : '';
    element.className = problem ? 'connection lost' : 'connection';
  }

  // ---- errors and conflicts -----------------------------------------------------------------------------------

  function errorOf(element) {
    if (!element) {
      return null;
    }
    if (element.classList && element.classList.contains('action-error')) {
      return element;
    }
    return element.querySelector('.action-error');
  }

  function showError(where, detail) {
    var element = errorOf(where);
    if (!element) {
      return;
    }
    element.textContent = detail;
    show(element, true);
  }

  function clearError(where) {
    var element = errorOf(where);
    if (element) {
      element.textContent = '';
      show(element, false);
    }
  }

  function clearAllErrors() {
    Array.prototype.forEach.call(document.querySelectorAll('#console .action-error'), function (element) {
      element.textContent = '';
      show(element, false);
    });
  }

  /** The lines a paragraph's state reads as, to show what someone else changed. */
  function paragraphLines(paragraph) {
    if (!paragraph) {
      return [];
    }
    var lines = [];
    var minutes = paragraph.minutes || {};
    ['proposals', 'proposition', 'rollCall', 'notTakingPart', 'dissents', 'statements'].forEach(function (part) {
      (minutes[part] || []).forEach(function (line) {
        lines.push(line);
      });
    });
    if (paragraph.outcome) {
      lines.push(t('outcome.' + paragraph.outcome) + (paragraph.decisionText ? ': ' + paragraph.decisionText : ''));
    }
    return lines;
  }

  function attendanceLines(attendance) {
    if (!attendance) {
      return [];
    }
    return attendance.changes.map(function (change) {
      return describeChange(change, attendance);
    }).concat(attendance.recusals.map(function (recusal) {
      return describeRecusal(recusal, attendance);
    })).concat(attendance.substitutions.map(function (substitution) {
      return describeSubstitution(substitution, attendance);
    }));
  }

  function showConflict(detail, before, after) {
    var changes = after.filter(function (line) {
      return before.indexOf(line) < 0;
    });
    var gone = before.filter(function (line) {
      return after.indexOf(line) < 0;
    });
    $('conflict-detail').textContent = detail;
    var list = clear($('conflict-changes'));
    changes.forEach(function (line) {
      list.appendChild(el('li', {text: t('conflict.added', line)}));
    });
    gone.forEach(function (line) {
      list.appendChild(el('li', {text: t('conflict.removed', line)}));
    });
    if (!changes.length && !gone.length) {
      list.appendChild(el('li', {text: t('conflict.versionOnly')}));
    }
    show($('conflict'), true);
  }

  /** A refused change: the detail beside the action; on 409 the other's change is shown and taken in. */
  function failed(problem, where) {
    if (problem && problem.status === 409 && problem.problem && problem.problem.current) {
      var current = problem.problem.current;
      if (current.paragraphId !== undefined) {
        var before = paragraphLines(state.paragraph && state.paragraph.paragraphId === current.paragraphId
          ? state.paragraph : null);
        acceptParagraph(current, true);
        showConflict(problem.detail, before, paragraphLines(current));
      } else if (current.seats !== undefined) {
        var earlier = attendanceLines(state.attendance);
        acceptAttendance(current, true);
        showConflict(problem.detail, earlier, attendanceLines(current));
      }
    }
    if (problem && problem.status === 0) {
      connection(problem.detail);
    }
    showError(where, problem && problem.detail ? problem.detail : t('failed', '?'));
  }

  // ---- reading --------------------------------------------------------------------------------------------------

  function summaryOf(paragraphId) {
    if (!state.meeting) {
      return null;
    }
    for (var i = 0; i < state.meeting.paragraphs.length; i++) {
      if (state.meeting.paragraphs[i].paragraphId === paragraphId) {
        return state.meeting.paragraphs[i];
      }
    }
    return null;
  }

  function seen(revision) {
    if (typeof revision === 'number' && revision > state.revision) {
      state.revision = revision;
    }
  }

  function acceptMeeting(meeting) {
    seen(meeting.liveRevision);
    if (state.meeting) {
      // Versions only grow: an answer read before a newer change of ours does not take it back.
      meeting.paragraphs.forEach(function (summary) {
        var known = summaryOf(summary.paragraphId);
        if (known && known.version > summary.version) {
          summary.version = known.version;
          summary.outcome = known.outcome;
        }
      });
    }
    state.meeting = meeting;
    $('meeting-status').textContent = t('status.' + meeting.status);
    show($('not-open'), meeting.status !== 'OPEN');
    if ($('not-open')) {
      $('not-open').textContent = meeting.status === 'CLOSED' || meeting.status === 'MINUTES_DRAFTED'
        ? t('closed') : t('notOpen');
    }
    renderAgenda();
  }

  function acceptParagraph(paragraph, force) {
    seen(paragraph.liveRevision);
    var summary = summaryOf(paragraph.paragraphId);
    if (summary && (force || paragraph.version >= summary.version)) {
      summary.version = paragraph.version;
      summary.outcome = paragraph.outcome;
      summary.servingCount = paragraph.serving.servingCount;
      summary.quorate = paragraph.serving.quorate;
    }
    if (paragraph.paragraphId !== state.selected) {
      renderAgenda();
      return;
    }
    if (!force && state.paragraph && state.paragraph.paragraphId === paragraph.paragraphId
        && state.paragraph.version > paragraph.version) {
      return;
    }
    state.paragraph = paragraph;
    renderAgenda();
    renderParagraph();
  }

  function acceptAttendance(attendance, force) {
    seen(attendance.liveRevision);
    if (!force && state.attendance && state.attendance.version > attendance.version) {
      return;
    }
    state.attendance = attendance;
    attendance.servingLists.forEach(function (list) {
      var summary = summaryOf(list.paragraphId);
      if (summary) {
        summary.servingCount = list.servingCount;
        summary.quorate = list.quorate;
      }
    });
    renderAgenda();
    renderAttendance();
  }

  function loadParagraph(paragraphId) {
    return request('GET', API + '/paragraphs/' + paragraphId).then(function (answer) {
      acceptParagraph(answer.body);
    });
  }

  function refresh() {
    return Promise.all([
      request('GET', API + '/console'),
      request('GET', API + '/attendance')
    ]).then(function (answers) {
      acceptMeeting(answers[0].body);
      acceptAttendance(answers[1].body);
      return state.selected ? loadParagraph(state.selected) : null;
    });
  }

  // ---- changes ---------------------------------------------------------------------------------------------------

  /** A change of the selected paragraph: carries the version the secretary saw. */
  function changeParagraph(method, path, body, where) {
    var paragraphId = state.selected;
    var summary = summaryOf(paragraphId);
    var base = state.paragraph && state.paragraph.paragraphId === paragraphId ? state.paragraph.version
      : (summary ? summary.version : 0);
    clearError(where);
    return enqueue(function () {
      var version = carriedForward('p', paragraphId, base);
      var payload = Object.assign({}, body || {}, {version: version});
      return request(method, API + '/paragraphs/' + paragraphId + path, payload).then(function (answer) {
        ownVersions[versionKey('p', paragraphId, version)] = answer.body.version;
        clearError(where);
        show($('conflict'), false);
        acceptParagraph(answer.body);
        return answer.body;
      }, function (problem) {
        failed(problem, where);
        throw problem;
      });
    });
  }

  /** A change of the attendance; afterwards the selected paragraph is read again (its serving list changed). */
  var attendanceQueued = 0;

  function changeAttendance(method, path, body, where) {
    var base = state.attendance ? state.attendance.version : 0;
    clearError(where);
    attendanceQueued++;
    var done = enqueue(function () {
      var version = carriedForward('a', 0, base);
      var payload = Object.assign({}, body, {version: version});
      return request(method, API + '/attendance' + path, payload).then(function (answer) {
        ownVersions[versionKey('a', 0, version)] = answer.body.version;
        clearError(where);
        show($('conflict'), false);
        acceptAttendance(answer.body);
        // The paragraph's serving list changed; read it after the last of the queued attendance changes.
        return state.selected && attendanceQueued <= 1 ? loadParagraph(state.selected) : null;
      }, function (problem) {
        failed(problem, where);
        throw problem;
      });
    });
    done.then(function () {
      attendanceQueued--;
    }, function () {
      attendanceQueued--;
    });
    return done;
  }

  function ignore() {
    // The refusal is shown beside the action.
  }

  // ---- people ------------------------------------------------------------------------------------------------

  function seat(personId) {
    if (!state.attendance) {
      return null;
    }
    for (var i = 0; i < state.attendance.seats.length; i++) {
      if (state.attendance.seats[i].personId === personId) {
        return state.attendance.seats[i];
      }
    }
    return null;
  }

  function personName(personId) {
    var found = seat(personId);
    return found ? found.name + (found.party ? ' (' + found.party + ')' : '') : t('person', personId);
  }

  function paragraphLabel(paragraphId) {
    var summary = summaryOf(paragraphId);
    return summary ? summary.label : '?';
  }

  function servingListOf(paragraphId) {
    if (!state.attendance) {
      return null;
    }
    for (var i = 0; i < state.attendance.servingLists.length; i++) {
      if (state.attendance.servingLists[i].paragraphId === paragraphId) {
        return state.attendance.servingLists[i];
      }
    }
    return null;
  }

  function describeChange(change, attendance) {
    var from = change.fromParagraphId === null || change.fromParagraphId === undefined ? t('fromStart')
      : t('fromParagraph', labelIn(attendance, change.fromParagraphId));
    return t(change.movement === 'ARRIVED' ? 'arrived' : 'left', nameIn(attendance, change.personId), from);
  }

  function describeRecusal(recusal, attendance) {
    return t('recusal', nameIn(attendance, recusal.personId), labelIn(attendance, recusal.paragraphId));
  }

  function describeSubstitution(substitution, attendance) {
    var range = (substitution.fromParagraphId ? t('fromParagraph', labelIn(attendance, substitution.fromParagraphId))
      : t('fromStart')) + (substitution.untilParagraphId
      ? ' ' + t('untilParagraph', labelIn(attendance, substitution.untilParagraphId)) : '');
    return t('substitution', nameIn(attendance, substitution.substituteId), nameIn(attendance, substitution.memberId),
      range);
  }

  function nameIn(attendance, personId) {
    var seats = attendance ? attendance.seats : [];
    for (var i = 0; i < seats.length; i++) {
      if (seats[i].personId === personId) {
        return seats[i].name + (seats[i].party ? ' (' + seats[i].party + ')' : '');
      }
    }
    return t('person', personId);
  }

  function labelIn(attendance, paragraphId) {
    var lists = attendance ? attendance.servingLists : [];
    for (var i = 0; i < lists.length; i++) {
      if (lists[i].paragraphId === paragraphId) {
        return lists[i].label;
      }
    }
    return paragraphLabel(paragraphId);
  }

  // ---- the agenda ---------------------------------------------------------------------------------------------

  function renderAgenda() {
    if (!state.meeting) {
      return;
    }
    var list = clear($('agenda-list'));
    state.meeting.paragraphs.forEach(function (summary) {
      var selected = summary.paragraphId === state.selected;
      var link = el('a', {
        href: '#p' + summary.paragraphId,
        'data-paragraph': summary.paragraphId,
        'aria-current': selected ? 'true' : null,
        onclick: function (event) {
          event.preventDefault();
          select(summary.paragraphId, true);
        }
      }, [
        el('span', {className: 'agenda-label', text: summary.label}), ' ',
        el('span', {className: 'agenda-title', text: summary.title})
      ]);
      var marks = [];
      if (summary.outcome) {
        marks.push(el('span', {className: 'badge done', text: t('outcome.' + summary.outcome)}));
      }
      if (!summary.quorate && state.attendance && state.attendance.changes.length) {
        marks.push(el('span', {className: 'badge danger', text: t('noQuorumShort')}));
      }
      if (summary.paragraphId === state.takenUp) {
        marks.push(el('span', {className: 'badge live', text: t('shownLive')}));
      }
      list.appendChild(el('li', {className: selected ? 'selected' : null}, [link].concat(marks)));
    });
  }

  function select(paragraphId, byHand) {
    if (state.selected === paragraphId) {
      return;
    }
    saveDrafts();
    state.selected = paragraphId;
    state.focusPerson = null;
    clearAllErrors();
    show($('conflict'), false);
    resetProposalForm();
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', '#p' + paragraphId);
    }
    var cachedOk = state.paragraph && state.paragraph.paragraphId === paragraphId;
    if (!cachedOk) {
      state.paragraph = null;
    }
    renderAgenda();
    renderAttendance();
    $('paragraph-title').textContent = paragraphLabel(paragraphId) + ' ' + (summaryOf(paragraphId) || {}).title;
    loadParagraph(paragraphId).then(function () {
      restoreDrafts(paragraphId);
    }, function (problem) {
      showError($('proposals-error'), problem.detail);
    });
    if (byHand) {
      scheduleTakeUp();
    }
  }

  function step(delta) {
    if (!state.meeting || !state.meeting.paragraphs.length) {
      return;
    }
    var index = 0;
    state.meeting.paragraphs.forEach(function (summary, i) {
      if (summary.paragraphId === state.selected) {
        index = i;
      }
    });
    var next = Math.max(0, Math.min(state.meeting.paragraphs.length - 1, index + delta));
    // Paging through the agenda puts the paragraph first; P opens the attendance again.
    if (state.attendance && state.attendance.changes.length) {
      $('attendance-panel').open = false;
    }
    select(state.meeting.paragraphs[next].paragraphId, true);
    var link = document.querySelector('#agenda-list a[data-paragraph="' + state.selected + '"]');
    if (link && document.activeElement && document.activeElement.closest
        && document.activeElement.closest('#agenda-list')) {
      link.focus();
    }
  }

  // The live view follows the secretary: the paragraph stayed on for a moment is taken up.
  var takeUpTimer = null;

  function scheduleTakeUp() {
    if (takeUpTimer) {
      window.clearTimeout(takeUpTimer);
    }
    takeUpTimer = window.setTimeout(takeUp, TAKE_UP_MS);
  }

  function takeUp(retried) {
    takeUpTimer = null;
    var paragraphId = state.selected;
    if (!state.meeting || state.meeting.status !== 'OPEN' || paragraphId === state.takenUp || !paragraphId) {
      return;
    }
    // In the queue with the changes: each bumps the meeting's live revision, and two at once would collide.
    enqueue(function () {
      if (paragraphId !== state.selected) {
        return null;
      }
      return request('PUT', API + '/live/current', {paragraphId: paragraphId}).then(function (answer) {
        seen(answer.body.revision);
        state.takenUp = answer.body.current ? answer.body.current.paragraphId : paragraphId;
        renderAgenda();
      }, function (problem) {
        if (problem.status === 409 && !retried) {
          window.setTimeout(function () {
            takeUp(true);
          }, 300);
        }
      });
    });
  }

  // ---- drafts: what was typed stays with its paragraph -------------------------------------------------------

  var DRAFT_FORMS = ['proposal-form', 'decision-form', 'dissent-form', 'statement-form', 'vote-demand-form'];

  function formValues(form) {
    var values = {dirty: form.getAttribute('data-dirty') === 'true', fields: {}};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) {
        return;
      }
      if (field.type === 'checkbox') {
        values.fields[field.name + '=' + field.value] = field.checked ? (field.getAttribute('data-order') || 1) : 0;
      } else {
        values.fields[field.name] = field.value;
      }
    });
    return values;
  }

  function restoreValues(form, values) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) {
        return;
      }
      if (field.type === 'checkbox') {
        var key = field.name + '=' + field.value;
        if (Object.prototype.hasOwnProperty.call(values.fields, key)) {
          field.checked = !!values.fields[key];
          field.setAttribute('data-order', values.fields[key] ? String(values.fields[key]) : '');
        }
      } else if (Object.prototype.hasOwnProperty.call(values.fields, field.name)) {
        field.value = values.fields[field.name];
      }
    });
    form.setAttribute('data-dirty', values.dirty ? 'true' : 'false');
  }

  function saveDrafts() {
    if (!state.selected) {
      return;
    }
    var drafts = {};
    DRAFT_FORMS.forEach(function (id) {
      if ($(id).getAttribute('data-dirty') === 'true') {
        drafts[id] = formValues($(id));
      }
    });
    state.drafts[state.selected] = drafts;
    DRAFT_FORMS.forEach(function (id) {
      resetForm($(id));
    });
  }

  function restoreDrafts(paragraphId) {
    var drafts = state.drafts[paragraphId];
    if (!drafts || paragraphId !== state.selected) {
      return;
    }
    Object.keys(drafts).forEach(function (id) {
      restoreValues($(id), drafts[id]);
    });
    delete state.drafts[paragraphId];
  }

  function resetForm(form) {
    form.reset();
    form.setAttribute('data-dirty', 'false');
  }

  function markDirty(event) {
    var form = event.target.form;
    if (form) {
      form.setAttribute('data-dirty', 'true');
    }
  }

  // ---- person choices (checkbox lists that keep what was ticked) ----------------------------------------------

  // Persons are named in the order they were ticked (the first mover first), not in the list's order.
  var ticks = 0;

  function ticked(event) {
    var box = event.target;
    if (box && box.type === 'checkbox' && box.closest && box.closest('.person-choices')) {
      box.setAttribute('data-order', box.checked ? String(++ticks) : '');
    }
  }

  function renderChoices(container, persons) {
    var name = container.getAttribute('data-name');
    var checked = {};
    Array.prototype.forEach.call(container.querySelectorAll('input[type=checkbox]'), function (box) {
      checked[box.value] = box.checked ? (box.getAttribute('data-order') || String(++ticks)) : null;
    });
    clear(container);
    persons.forEach(function (person) {
      var id = container.closest('form').id + '-' + name + '-' + person.personId;
      var box = el('input', {type: 'checkbox', id: id, name: name, value: String(person.personId)});
      var order = checked[String(person.personId)];
      box.checked = !!order;
      if (order) {
        box.setAttribute('data-order', order);
      }
      container.appendChild(el('span', {className: 'choice'}, [box, el('label', {'for': id, text: person.display})]));
    });
  }

  function checkedIds(form, name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[type=checkbox][name="' + name + '"]'),
      function (box) {
        return box.checked;
      }).sort(function (a, b) {
      return Number(a.getAttribute('data-order') || 0) - Number(b.getAttribute('data-order') || 0);
    }).map(function (box) {
      return Number(box.value);
    });
  }

  function fillSelect(select, options, keepValue) {
    var value = keepValue === undefined ? select.value : keepValue;
    clear(select);
    options.forEach(function (option) {
      select.appendChild(el('option', {value: option.value, text: option.label}));
    });
    if (options.some(function (option) {
      return option.value === value;
    })) {
      select.value = value;
    }
  }

  function lines(text) {
    return text.split('\n').map(function (line) {
      return line.trim();
    }).filter(function (line) {
      return line.length > 0;
    });
  }

  function blankToNull(text) {
    return text && text.trim() ? text.trim() : null;
  }

  // ---- the paragraph ---------------------------------------------------------------------------------------------

  function renderParagraph() {
    var p = state.paragraph;
    if (!p) {
      return;
    }
    var handled = !!p.outcome;
    $('paragraph-title').textContent = p.label + ' ' + p.title;
    var facts = [t('kind.' + p.kind)];
    if (p.registryNumber) {
      facts.push(t('registryNumber', p.registryNumber));
    }
    if (p.exerciseOfAuthority) {
      facts.push(t('authority'));
    }
    if (handled) {
      facts.push(t('outcome.' + p.outcome));
    }
    $('paragraph-facts').textContent = facts.join(' · ');
    renderServing(p);
    renderProposals(p, handled);
    renderProposition(p, handled);
    renderVote(p);
    renderDecision(p, handled);
    renderDissents(p, handled);
    renderStatements(p);
    renderMinutes(p);
  }

  function servingPersons(p) {
    return p.serving.serving.map(function (serving) {
      return serving.person;
    });
  }

  function presentPersons(p) {
    return servingPersons(p).concat(p.serving.presentNotServing);
  }

  function renderServing(p) {
    var serving = p.serving;
    var quorum = $('quorum');
    if (serving.quorate) {
      quorum.textContent = t('quorum.ok', serving.servingCount, serving.quorum);
      quorum.className = 'quorum ok';
    } else {
      quorum.textContent = t('quorum.missing', serving.servingCount, serving.quorum);
      quorum.className = 'quorum missing';
    }
    var list = clear($('serving-list'));
    var notTaking = p.notTakingPart.map(function (person) {
      return person.personId;
    });
    serving.serving.forEach(function (entry) {
      var person = entry.person;
      var details = [];
      if (entry.substitute && entry.servesFor) {
        details.push(t(entry.calledInByOrder ? 'servesForByOrder' : 'servesFor', entry.servesFor.display));
      }
      if (serving.presiding && serving.presiding.personId === person.personId) {
        details.push(t('presiding'));
      }
      var out = notTaking.indexOf(person.personId) >= 0;
      if (out) {
        details.push(t('notTakingPart'));
      }
      var actions = [];
      if (!p.outcome) {
        actions.push(el('button', {
          type: 'button', className: 'link-button',
          text: out ? t('takesPart') : t('declareNotTakingPart'),
          'aria-label': (out ? t('takesPart') : t('declareNotTakingPart')) + ': ' + person.display,
          onclick: function () {
            changeParagraph(out ? 'DELETE' : 'POST', '/not-taking-part', {personId: person.personId},
              $('serving-error')).catch(ignore);
          }
        }));
      }
      list.appendChild(el('li', null, [el('span', {text: person.display}),
        details.length ? el('span', {className: 'hint', text: ' – ' + details.join(', ')}) : null, ' ']
        .concat(actions)));
    });
    var notServing = [];
    if (serving.presentNotServing.length) {
      notServing.push(t('presentNotServing', serving.presentNotServing.map(function (person) {
        return person.display;
      }).join(', ')));
    }
    if (serving.recused.length) {
      notServing.push(t('recused', serving.recused.map(function (person) {
        return person.display;
      }).join(', ')));
    }
    $('not-serving').textContent = notServing.join(' ');
    Array.prototype.forEach.call(document.querySelectorAll('#console .person-choices'), function (container) {
      renderChoices(container, container.getAttribute('data-persons') === 'present' ? presentPersons(p)
        : servingPersons(p));
    });
    var demanders = [{value: '', label: t('chooseDemander')}].concat(servingPersons(p).map(function (person) {
      return {value: String(person.personId), label: person.display};
    }));
    fillSelect($('vote-demanded-by'), demanders);
  }

  function renderProposals(p, handled) {
    var list = clear($('proposals-list'));
    var started = p.questions.length > 0;
    p.proposals.forEach(function (proposal) {
      var item = el('li', {className: proposal.withdrawn ? 'withdrawn' : null, 'data-proposal': proposal.number}, [
        el('span', {className: 'proposal-number', text: t('proposalNumber', proposal.number)}), ' ',
        el('span', {text: proposal.withdrawn ? t('withdrawn', proposal.wording) : proposal.wording})
      ]);
      if (!proposal.withdrawn && !handled && !started) {
        item.appendChild(document.createTextNode(' '));
        item.appendChild(el('button', {
          type: 'button', className: 'link-button', text: t('edit'),
          'aria-label': t('editProposal', proposal.number),
          onclick: function () {
            editProposal(proposal);
          }
        }));
        item.appendChild(document.createTextNode(' '));
        item.appendChild(el('button', {
          type: 'button', className: 'link-button', text: t('withdraw'),
          'aria-label': t('withdrawProposal', proposal.number),
          onclick: function () {
            changeParagraph('POST', '/proposals/' + proposal.number + '/withdraw', {}, $('proposals-error'))
              .catch(ignore);
          }
        }));
      }
      list.appendChild(item);
    });
    if (!p.proposals.length) {
      list.appendChild(el('li', {className: 'hint', text: t('noProposals')}));
    }
    show($('proposal-form'), !handled);
  }

  function editProposal(proposal) {
    var form = $('proposal-form');
    resetForm(form);
    form.elements.number.value = String(proposal.number);
    form.elements.kind.value = proposal.kind;
    var movers = proposal.movers.map(function (person) {
      return String(person.personId);
    });
    var concurrences = (proposal.concurrences || []).map(function (person) {
      return String(person.personId);
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[name=movers]'), function (box) {
      box.checked = movers.indexOf(box.value) >= 0;
      box.setAttribute('data-order', box.checked ? String(movers.indexOf(box.value) + 1) : '');
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[name=concurrences]'), function (box) {
      box.checked = concurrences.indexOf(box.value) >= 0;
      box.setAttribute('data-order', box.checked ? String(concurrences.indexOf(box.value) + 1) : '');
    });
    form.elements.clauses.value = (proposal.clauses || []).join('\n');
    form.elements.argument.value = proposal.argument || '';
    form.elements.reason.value = proposal.reason || '';
    form.setAttribute('data-dirty', 'true');
    $('proposal-form-heading').textContent = t('editingProposal', proposal.number);
    $('proposal-submit').textContent = t('saveProposal');
    show($('proposal-cancel'), true);
    form.elements.kind.focus();
  }

  function resetProposalForm() {
    var form = $('proposal-form');
    resetForm(form);
    form.elements.number.value = '';
    $('proposal-form-heading').textContent = t('newProposal');
    $('proposal-submit').textContent = t('addProposal');
    show($('proposal-cancel'), false);
  }

  function submitProposal(event) {
    event.preventDefault();
    var form = $('proposal-form');
    var number = form.elements.number.value;
    var movers = checkedIds(form, 'movers');
    var concurrences = checkedIds(form, 'concurrences');
    var body = {
      kind: form.elements.kind.value,
      movers: movers,
      concurrences: concurrences,
      clauses: lines(form.elements.clauses.value),
      argument: blankToNull(form.elements.argument.value),
      reason: blankToNull(form.elements.reason.value)
    };
    var done = number ? changeParagraph('PUT', '/proposals/' + number, body, form)
      : changeParagraph('POST', '/proposals', body, form);
    done.then(function () {
      resetProposalForm();
      form.elements.kind.focus();
    }, ignore);
  }

  // ---- propositionsordning -------------------------------------------------------------------------------------

  function latestQuestion(p) {
    return p.questions.length ? p.questions[p.questions.length - 1] : null;
  }

  function renderProposition(p, handled) {
    var due = clear($('due'));
    if (p.due && !handled) {
      due.appendChild(el('p', {className: 'due-question', text: t('due', p.due.description)}));
      var buttons = el('div', {className: 'actions alternatives'});
      p.due.alternatives.forEach(function (alternative, index) {
        buttons.appendChild(el('button', {
          type: 'button', 'data-finding': alternative.key,
          text: t('finding', index + 1, alternative.label),
          onclick: function () {
            recordFinding(alternative.key);
          }
        }));
      });
      due.appendChild(buttons);
    } else if (p.verdict && !handled) {
      due.appendChild(el('p', {className: 'hint', text: t('verdict.' + p.verdict.type,
        p.verdict.winner ? p.verdict.winner.label : '')}));
    }
    var propositionLines = clear($('proposition-lines'));
    (p.minutes.proposition || []).forEach(function (line) {
      propositionLines.appendChild(el('li', {text: line}));
    });
    var latest = latestQuestion(p);
    var demandable = !handled && latest && !latest.vote;
    var form = $('vote-demand-form');
    show(form, demandable || (!handled && p.questions.length > 0));
    show($('vote-demand'), !!demandable);
    show($('vote-demanded-by').closest('.field'), !!demandable);
    if (demandable) {
      var others = latest.alternatives.filter(function (alternative) {
        return !latest.finding || alternative.key !== latest.finding.key;
      });
      var needsChallenger = latest.kind !== 'MAIN' && others.length > 1;
      show($('vote-challenger-field'), needsChallenger);
      fillSelect($('vote-challenger'), others.map(function (alternative) {
        return {value: alternative.key, label: alternative.label};
      }));
    } else {
      show($('vote-challenger-field'), false);
    }
  }

  function recordFinding(key) {
    var p = state.paragraph;
    if (!p || !p.due) {
      return;
    }
    changeParagraph('POST', '/proposition', {kind: p.due.kind, finding: key}, $('proposition-error'))
      .then(function () {
        var button = $('vote-demand');
        if (button && !button.hasAttribute('hidden')) {
          button.focus();
        }
      }, ignore);
  }

  function demandVote(event) {
    if (event) {
      event.preventDefault();
    }
    var p = state.paragraph;
    var latest = p ? latestQuestion(p) : null;
    if (!latest || latest.vote) {
      showError($('vote-demand-form'), t('noQuestionToVote'));
      return;
    }
    var form = $('vote-demand-form');
    var challengerShown = !$('vote-challenger-field').hasAttribute('hidden');
    var body = {
      questionNumber: latest.number,
      demandedBy: form.elements.demandedBy.value ? Number(form.elements.demandedBy.value) : null,
      challenger: challengerShown ? form.elements.challenger.value : null,
      election: false
    };
    changeParagraph('POST', '/votes', body, form).then(function () {
      resetForm(form);
      state.focusPerson = null;
      focusRollCall();
    }, ignore);
  }

  function resetProposition() {
    changeParagraph('POST', '/proposition/reset', {}, $('vote-demand-form')).catch(ignore);
  }

  // ---- omröstning -----------------------------------------------------------------------------------------------

  function openVote(p) {
    for (var i = 0; i < p.questions.length; i++) {
      var vote = p.questions[i].vote;
      if (vote && !vote.closed && vote.no) {
        return p.questions[i];
      }
    }
    return null;
  }

  function shownVote(p) {
    var open = openVote(p);
    if (open) {
      return open;
    }
    for (var i = p.questions.length - 1; i >= 0; i--) {
      if (p.questions[i].vote) {
        return p.questions[i];
      }
    }
    return null;
  }

  function ballotOf(vote, personId) {
    for (var i = 0; i < vote.ballots.length; i++) {
      if (vote.ballots[i].person.personId === personId) {
        return vote.ballots[i];
      }
    }
    return null;
  }

  function renderVote(p) {
    var question = shownVote(p);
    var section = $('vote-section');
    show(section, !!question);
    if (!question) {
      return;
    }
    var vote = question.vote;
    if (!vote.no) {
      $('vote-proposition').textContent = t('vote.counterFirst');
    } else {
      $('vote-proposition').textContent = t('vote.proposition', vote.yes.label, vote.no.label);
    }
    var tally = vote.closed ? t('vote.result', vote.yesCount, vote.noCount, vote.abstainCount)
      + (vote.castingVote ? ' ' + t('vote.casting', vote.presiding ? vote.presiding.display : '') : '')
      + (vote.winner ? ' ' + t('vote.winner', vote.winner.label) : '')
      : t('vote.progress', vote.ballots.length, vote.ballots.length + vote.notYetVoted.length,
        count(vote, 'YES'), count(vote, 'NO'), count(vote, 'ABSTAIN'));
    $('vote-tally').textContent = tally;
    var hadFocus = rollCallHasFocus();
    var body = clear($('roll-call-body'));
    var open = !vote.closed && !!vote.no && !p.outcome;
    var persons = vote.closed ? vote.ballots.map(function (ballot) {
      return {person: ballot.person, servesFor: ballot.servesFor};
    }) : p.serving.serving.map(function (entry) {
      return {person: entry.person, servesFor: entry.servesFor};
    });
    persons.forEach(function (entry) {
      var ballot = ballotOf(vote, entry.person.personId);
      var pending = !ballot && open ? state.pendingBallots[entry.person.personId] : null;
      var row = el('tr', {
        'data-person': entry.person.personId,
        tabindex: open ? '-1' : null,
        className: ballot ? 'voted' : (pending ? 'pending' : null)
      }, [
        el('th', {scope: 'row'}, [entry.person.display,
          entry.servesFor ? el('span', {className: 'hint', text: ' ' + t('servesForShort', entry.servesFor.display)})
            : null]),
        el('td', {className: 'ballot', text: ballot ? t('choice.' + ballot.choice)
          : (pending ? t('choice.' + pending) + ' …' : '')}),
        el('td', null, open && !ballot && !pending ? ['YES', 'NO', 'ABSTAIN'].map(function (choice) {
          return el('button', {
            type: 'button', className: 'ballot-button', tabindex: '-1',
            text: t('choice.key.' + choice),
            'aria-label': t('choice.' + choice) + ': ' + entry.person.display,
            onclick: function () {
              castBallot(entry.person.personId, choice);
            }
          });
        }) : [])
      ]);
      body.appendChild(row);
    });
    show($('vote-close'), open);
    show($('vote-cancel'), !vote.closed && !p.outcome);
    if (open && (hadFocus || document.activeElement === document.body)) {
      focusRollCall();
    }
  }

  function count(vote, choice) {
    return vote.ballots.filter(function (ballot) {
      return ballot.choice === choice;
    }).length;
  }

  function rollCallHasFocus() {
    return document.activeElement && document.activeElement.closest
      && !!document.activeElement.closest('#roll-call-body');
  }

  function rollCallRows() {
    return Array.prototype.slice.call(document.querySelectorAll('#roll-call-body tr[data-person]'));
  }

  /** Marks the next person on the roll call without a ballot (or the one marked), or the close button. */
  function focusRollCall() {
    var rows = rollCallRows();
    var target = null;
    rows.forEach(function (row) {
      if (Number(row.getAttribute('data-person')) === state.focusPerson) {
        target = row;
      }
    });
    if (!target || target.classList.contains('voted') || target.classList.contains('pending')) {
      target = null;
      var start = 0;
      rows.forEach(function (row, index) {
        if (Number(row.getAttribute('data-person')) === state.focusPerson) {
          start = index;
        }
      });
      for (var i = 0; i < rows.length && !target; i++) {
        var row = rows[(start + i) % rows.length];
        if (!row.classList.contains('voted') && !row.classList.contains('pending')) {
          target = row;
        }
      }
    }
    rows.forEach(function (row) {
      row.classList.toggle('marked', row === target);
    });
    if (target) {
      state.focusPerson = Number(target.getAttribute('data-person'));
      target.focus();
    } else if (!$('vote-close').hasAttribute('hidden')) {
      $('vote-close').focus();
    }
  }

  function moveRollCall(delta) {
    var rows = rollCallRows();
    if (!rows.length) {
      return;
    }
    var index = 0;
    rows.forEach(function (row, i) {
      if (Number(row.getAttribute('data-person')) === state.focusPerson) {
        index = i;
      }
    });
    var target = rows[Math.max(0, Math.min(rows.length - 1, index + delta))];
    state.focusPerson = Number(target.getAttribute('data-person'));
    rows.forEach(function (row) {
      row.classList.toggle('marked', row === target);
    });
    target.focus();
  }

  function castBallot(personId, choice) {
    var p = state.paragraph;
    var question = p ? openVote(p) : null;
    if (!question) {
      showError($('vote-error'), t('noOpenVote'));
      return;
    }
    if (state.pendingBallots[personId]) {
      return;
    }
    state.pendingBallots[personId] = choice;
    var row = document.querySelector('#roll-call-body tr[data-person="' + personId + '"]');
    if (row) {
      row.classList.add('pending');
      row.querySelector('.ballot').textContent = t('choice.' + choice) + ' …';
    }
    state.focusPerson = personId;
    focusRollCall();
    changeParagraph('POST', '/votes/' + question.number + '/ballots', {personId: personId, choice: choice},
      $('vote-error')).then(function () {
      delete state.pendingBallots[personId];
    }, function () {
      delete state.pendingBallots[personId];
      if (state.paragraph) {
        renderVote(state.paragraph);
      }
    });
  }

  function closeVote() {
    var p = state.paragraph;
    var question = p ? openVote(p) : null;
    if (!question) {
      showError($('vote-error'), t('noOpenVote'));
      return;
    }
    changeParagraph('POST', '/votes/' + question.number + '/close', {}, $('vote-error')).then(function () {
      var next = state.paragraph;
      if (next && next.due) {
        var first = document.querySelector('#due button');
        if (first) {
          first.focus();
        }
      } else {
        $('decision-points').focus();
      }
    }, ignore);
  }

  function cancelVote() {
    var p = state.paragraph;
    var question = null;
    if (p) {
      p.questions.forEach(function (candidate) {
        if (candidate.vote && !candidate.vote.closed) {
          question = candidate;
        }
      });
    }
    if (!question) {
      showError($('vote-error'), t('noOpenVote'));
      return;
    }
    if (!window.confirm(t('vote.cancelConfirm'))) {
      return;
    }
    changeParagraph('POST', '/votes/' + question.number + '/cancel', {}, $('vote-error')).catch(ignore);
  }

  // ---- beslut ------------------------------------------------------------------------------------------------------

  function renderDecision(p, handled) {
    var shown = clear($('decision-shown'));
    show(shown, handled);
    show($('decision-form'), !handled);
    if (handled) {
      shown.appendChild(el('p', {className: 'decision-outcome', text: t('outcome.' + p.outcome)}));
      var points = el('ol', {className: 'decision-points'});
      (p.decisionText || '').split('\n').forEach(function (line) {
        if (line.trim()) {
          points.appendChild(el('li', {text: line}));
        }
      });
      shown.appendChild(points);
      if (p.outcomeReason) {
        shown.appendChild(el('p', {text: t('reason', p.outcomeReason)}));
      }
      if (p.immediatelyJustered) {
        shown.appendChild(el('p', {className: 'hint', id: 'decision-justered', text: t('decision.justered')}));
      } else if (p.outcome === 'DECIDED' && state.meeting && state.meeting.status === 'OPEN') {
        // The immediate justering comes after what is announced on the decision (reservations, statements).
        var justera = el('button', {type: 'button', id: 'decision-justera', text: t('decision.justera')});
        justera.addEventListener('click', function () {
          changeParagraph('POST', '/immediate-justering', {}, $('decision-section')).catch(ignore);
        });
        shown.appendChild(justera);
        shown.appendChild(el('p', {className: 'action-error', role: 'alert', hidden: true}));
      }
      return;
    }
    $('decision-verdict').textContent = p.verdict ? t('verdict.' + p.verdict.type,
      p.verdict.winner ? p.verdict.winner.label : '') : (p.due ? t('decision.dueFirst', p.due.description) : '');
    show($('decision-outcome-field'), p.kind === 'STANDARD');
    show($('decision-reason-field'), !!(p.verdict && p.verdict.type === 'REFERRED_BACK'));
    var form = $('decision-form');
    if (form.getAttribute('data-dirty') !== 'true') {
      prefillDecision(p);
    }
  }

  function prefillDecision(p) {
    var form = $('decision-form');
    var draft = p.proposedDecision;
    form.elements.points.value = draft ? draft.points.join('\n') : '';
    form.elements.immediatelyJustered.checked = !!(draft && draft.immediatelyJustered);
    form.elements.reason.value = draft && draft.reason ? draft.reason : '';
    form.setAttribute('data-dirty', 'false');
  }

  function submitDecision(event) {
    event.preventDefault();
    var form = $('decision-form');
    var body = {
      points: lines(form.elements.points.value),
      forwardedTo: blankToNull(form.elements.forwardedTo.value),
      immediatelyJustered: form.elements.immediatelyJustered.checked,
      outcome: form.elements.outcome.value || null,
      reason: blankToNull(form.elements.reason.value)
    };
    changeParagraph('POST', '/decision', body, form).then(function () {
      resetForm(form);
      var first = document.querySelector('#dissent-form input');
      if (first) {
        first.focus();
      }
    }, ignore);
  }

  // ---- reservationer ------------------------------------------------------------------------------------------------

  function renderDissents(p, handled) {
    var list = clear($('dissents-list'));
    p.dissents.forEach(function (dissent) {
      var item = el('li', {'data-dissent': dissent.number}, [el('span', {text: dissent.wording})]);
      if (dissent.reasoning) {
        item.appendChild(el('p', {className: 'reasoning', text: dissent.reasoning}));
      }
      item.appendChild(reasoningEditor(dissent));
      list.appendChild(item);
    });
    if (!p.dissents.length && !handled) {
      list.appendChild(el('li', {className: 'hint', text: t('dissent.afterDecision')}));
    }
    show($('dissent-form'), handled && !p.immediatelyJustered && state.meeting && state.meeting.status === 'OPEN');
    var favour = [{value: '', label: t('favour.none')}].concat(p.proposals.filter(function (proposal) {
      return !proposal.withdrawn;
    }).map(function (proposal) {
      return {value: String(proposal.number), label: t('proposalNumber', proposal.number) + ' ' + proposal.reference};
    }));
    fillSelect($('dissent-favour'), favour);
  }

  function reasoningEditor(dissent) {
    var id = 'dissent-reasoning-' + dissent.number;
    var details = el('details', {className: 'inline-editor'}, [
      el('summary', {text: dissent.reasoning ? t('dissent.changeReasoning') : t('dissent.addReasoning')})
    ]);
    var area = el('textarea', {id: id, rows: '3', 'aria-label': t('dissent.reasoningFor', dissent.number)});
    area.value = dissent.reasoning || '';
    var error = el('p', {className: 'action-error', role: 'alert', hidden: true});
    var form = el('form', {className: 'console-form', novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      changeParagraph('PUT', '/dissents/' + dissent.number + '/reasoning', {reasoning: area.value}, error)
        .catch(ignore);
    }}, [area, el('div', {className: 'actions'}, [el('button', {type: 'submit', text: t('save')})]), error]);
    details.appendChild(form);
    return details;
  }

  function submitDissent(event) {
    event.preventDefault();
    var form = $('dissent-form');
    var body = {
      persons: checkedIds(form, 'persons'),
      favour: form.elements.favour.value ? Number(form.elements.favour.value) : null,
      reasoning: blankToNull(form.elements.reasoning.value)
    };
    changeParagraph('POST', '/dissents', body, form).then(function () {
      resetForm(form);
    }, ignore);
  }

  // ---- särskilda uttalanden -------------------------------------------------------------------------------------

  function renderStatements(p) {
    var list = clear($('statements-list'));
    p.statements.forEach(function (statement) {
      var item = el('li', {'data-statement': statement.number}, [
        el('span', {text: statement.wording}), el('p', {className: 'statement-text', text: statement.text})
      ]);
      var area = el('textarea', {rows: '3', 'aria-label': t('statement.textFor', statement.number)});
      area.value = statement.text;
      var error = el('p', {className: 'action-error', role: 'alert', hidden: true});
      item.appendChild(el('details', {className: 'inline-editor'}, [el('summary', {text: t('statement.change')}),
        el('form', {className: 'console-form', novalidate: true, onsubmit: function (event) {
          event.preventDefault();
          changeParagraph('PUT', '/statements/' + statement.number, {text: area.value}, error).catch(ignore);
        }}, [area, el('div', {className: 'actions'}, [el('button', {type: 'submit', text: t('save')})]), error])]));
      list.appendChild(item);
    });
    show($('statement-form'), !p.immediatelyJustered && !!(state.meeting && state.meeting.status === 'OPEN'));
  }

  function submitStatement(event) {
    event.preventDefault();
    var form = $('statement-form');
    var body = {persons: checkedIds(form, 'persons'), text: form.elements.text.value};
    changeParagraph('POST', '/statements', body, form).then(function () {
      resetForm(form);
    }, ignore);
  }

  // ---- the minutes' wording ---------------------------------------------------------------------------------

  function renderMinutes(p) {
    var minutes = clear($('minutes'));
    var sections = [
      ['proposals', p.minutes.proposals], ['proposition', p.minutes.proposition], ['rollCall', p.minutes.rollCall],
      ['notTakingPart', p.minutes.notTakingPart], ['decision', p.decisionText ? p.decisionText.split('\n') : []],
      ['dissents', p.minutes.dissents], ['statements', p.minutes.statements]
    ];
    var any = false;
    sections.forEach(function (section) {
      if (!section[1] || !section[1].length) {
        return;
      }
      any = true;
      minutes.appendChild(el('h4', {text: t('minutes.' + section[0])}));
      section[1].forEach(function (line) {
        minutes.appendChild(el('p', {text: line}));
      });
    });
    if (!any) {
      minutes.appendChild(el('p', {className: 'hint', text: t('minutes.empty')}));
    }
  }

  // ---- attendance -------------------------------------------------------------------------------------------------

  function statusAt(personId, list) {
    if (!list) {
      return {text: t('absent'), present: false};
    }
    for (var i = 0; i < list.serving.length; i++) {
      var entry = list.serving[i];
      if (entry.person.personId === personId) {
        return {
          text: entry.substitute && entry.servesFor ? t(entry.calledInByOrder ? 'servesForByOrder' : 'servesFor',
            entry.servesFor.display) : t('serves'),
          present: true, serving: true
        };
      }
    }
    if (list.presentNotServing.some(function (person) {
      return person.personId === personId;
    })) {
      return {text: t('presentOnly'), present: true};
    }
    if (list.recused.some(function (person) {
      return person.personId === personId;
    })) {
      return {text: t('recusedShort'), present: true, recused: true};
    }
    return {text: t('absent'), present: false};
  }

  function renderAttendance() {
    var attendance = state.attendance;
    if (!attendance) {
      return;
    }
    var list = state.selected ? servingListOf(state.selected) : (attendance.servingLists[0] || null);
    var label = list ? list.label : '';
    var body = clear($('seats-body'));
    var everPresent = {};
    attendance.changes.forEach(function (change) {
      everPresent[change.personId] = true;
    });
    attendance.seats.forEach(function (holder) {
      var status = statusAt(holder.personId, list);
      var name = holder.name + (holder.party ? ' (' + holder.party + ')' : '');
      var actions = [];
      if (!everPresent[holder.personId]) {
        actions.push(el('button', {type: 'button', className: 'link-button', text: t('present'),
          'aria-label': t('presentFor', name), onclick: function () {
            changeAttendance('POST', '/changes', {personId: holder.personId, movement: 'ARRIVED',
              fromParagraphId: null}, $('attendance-error')).catch(ignore);
          }}));
      } else if (list) {
        var movement = status.present ? 'LEFT' : 'ARRIVED';
        actions.push(el('button', {type: 'button', className: 'link-button',
          text: t(status.present ? 'leavesFrom' : 'arrivesFrom', label),
          'aria-label': t(status.present ? 'leavesFrom' : 'arrivesFrom', label) + ': ' + name,
          onclick: function () {
            changeAttendance('POST', '/changes', {personId: holder.personId, movement: movement,
              fromParagraphId: list.paragraphId}, $('attendance-error')).catch(ignore);
          }}));
      }
      if (list && status.present) {
        var recused = !!status.recused;
        actions.push(el('button', {type: 'button', className: 'link-button',
          text: recused ? t('removeRecusal', label) : t('recuse', label),
          'aria-label': (recused ? t('removeRecusal', label) : t('recuse', label)) + ': ' + name,
          onclick: function () {
            changeAttendance(recused ? 'DELETE' : 'POST', '/recusals', {personId: holder.personId,
              paragraphId: list.paragraphId}, $('attendance-error')).catch(ignore);
          }}));
      }
      var seatText = holder.seatType === 'MEMBER' ? t('member') : t('substituteNumber', holder.substituteOrder || '');
      if (holder.boardRole) {
        seatText += ', ' + t('role.' + holder.boardRole);
      }
      body.appendChild(el('tr', {'data-person': holder.personId, className: status.present ? 'present' : 'absent'}, [
        el('th', {scope: 'row', text: name}),
        el('td', {text: seatText}),
        el('td', {className: 'seat-status', text: status.text}),
        el('td', null, actions)
      ]));
    });
    var facts = clear($('attendance-facts'));
    attendance.changes.forEach(function (change) {
      facts.appendChild(factItem(describeChange(change, attendance), function () {
        changeAttendance('DELETE', '/changes', change, $('attendance-error')).catch(ignore);
      }));
    });
    attendance.recusals.forEach(function (recusal) {
      facts.appendChild(factItem(describeRecusal(recusal, attendance), function () {
        changeAttendance('DELETE', '/recusals', recusal, $('attendance-error')).catch(ignore);
      }));
    });
    attendance.substitutions.forEach(function (substitution) {
      facts.appendChild(factItem(describeSubstitution(substitution, attendance), function () {
        changeAttendance('DELETE', '/substitutions', substitution, $('attendance-error')).catch(ignore);
      }));
    });
    if (!facts.firstChild) {
      facts.appendChild(el('li', {className: 'hint', text: t('nothingRecorded')}));
    }
    var present = attendance.changes.length;
    $('attendance-summary').textContent = list ? ' – ' + t('attendanceSummary', list.label, list.servingCount,
      list.quorum) : '';
    if (!present) {
      $('attendance-panel').open = true;
    }
    var substitutes = attendance.seats.filter(function (holder) {
      return holder.seatType !== 'MEMBER';
    }).map(function (holder) {
      return {value: String(holder.personId), label: holder.name + (holder.party ? ' (' + holder.party + ')' : '')};
    });
    var members = attendance.seats.filter(function (holder) {
      return holder.seatType === 'MEMBER';
    }).map(function (holder) {
      return {value: String(holder.personId), label: holder.name + (holder.party ? ' (' + holder.party + ')' : '')};
    });
    fillSelect($('substitution-substitute'), substitutes);
    fillSelect($('substitution-member'), members);
    var paragraphs = attendance.servingLists.map(function (serving) {
      return {value: String(serving.paragraphId), label: serving.label};
    });
    fillSelect($('substitution-from'), [{value: '', label: t('fromStartOption')}].concat(paragraphs));
    fillSelect($('substitution-until'), [{value: '', label: t('untilEndOption')}].concat(paragraphs));
  }

  function factItem(text, remove) {
    return el('li', null, [el('span', {text: text}), ' ', el('button', {type: 'button', className: 'link-button',
      text: t('remove'), 'aria-label': t('remove') + ': ' + text, onclick: remove})]);
  }

  function allMembersPresent() {
    var attendance = state.attendance;
    if (!attendance) {
      return;
    }
    var recorded = {};
    attendance.changes.forEach(function (change) {
      recorded[change.personId] = true;
    });
    attendance.seats.filter(function (holder) {
      return holder.seatType === 'MEMBER' && !recorded[holder.personId];
    }).forEach(function (holder) {
      changeAttendance('POST', '/changes', {personId: holder.personId, movement: 'ARRIVED', fromParagraphId: null},
        $('attendance-error')).catch(ignore);
    });
  }

  function submitSubstitution(event) {
    event.preventDefault();
    var form = $('substitution-form');
    var body = {
      substituteId: form.elements.substituteId.value ? Number(form.elements.substituteId.value) : null,
      memberId: form.elements.memberId.value ? Number(form.elements.memberId.value) : null,
      fromParagraphId: form.elements.fromParagraphId.value ? Number(form.elements.fromParagraphId.value) : null,
      untilParagraphId: form.elements.untilParagraphId.value ? Number(form.elements.untilParagraphId.value) : null
    };
    changeAttendance('POST', '/substitutions', body, form).catch(ignore);
  }

  // ---- keyboard ----------------------------------------------------------------------------------------------------

  function typing(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === 'textarea' || tag === 'select' || target.isContentEditable
      || (tag === 'input' && ['checkbox', 'radio', 'button', 'submit'].indexOf(target.type) < 0);
  }

  function focusFirst(selector) {
    var element = document.querySelector(selector);
    if (element && !element.closest('[hidden]')) {
      element.scrollIntoView({block: 'nearest'});
      element.focus();
      return true;
    }
    return false;
  }

  function toggleHelp() {
    var help = $('shortcuts');
    var open = help.hasAttribute('hidden');
    show(help, open);
    $('help-toggle').setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  function onKey(event) {
    var key = event.key;
    if (key === 'Escape') {
      if (document.activeElement && document.activeElement !== document.body) {
        document.activeElement.blur();
      }
      return;
    }
    if (key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      var form = event.target && event.target.form ? event.target.form
        : (event.target && event.target.closest ? event.target.closest('form') : null);
      if (form) {
        event.preventDefault();
        if (form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.dispatchEvent(new Event('submit', {cancelable: true}));
        }
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var inRollCall = event.target && event.target.closest && event.target.closest('#roll-call-body');
    var lower = key.length === 1 ? key.toLowerCase() : key;
    if (inRollCall) {
      var row = event.target.closest('tr[data-person]');
      var personId = row ? Number(row.getAttribute('data-person')) : null;
      if ((lower === 'j' || lower === 'n' || lower === 'a') && personId) {
        event.preventDefault();
        if (!row.classList.contains('voted') && !row.classList.contains('pending')) {
          castBallot(personId, lower === 'j' ? 'YES' : lower === 'n' ? 'NO' : 'ABSTAIN');
        }
        return;
      }
      if (key === 'ArrowDown' || key === 'ArrowUp') {
        event.preventDefault();
        moveRollCall(key === 'ArrowDown' ? 1 : -1);
        return;
      }
    }
    switch (lower) {
      case 'PageDown':
      case '.':
        event.preventDefault();
        step(1);
        break;
      case 'PageUp':
      case ',':
        event.preventDefault();
        step(-1);
        break;
      case 'y':
        event.preventDefault();
        focusFirst('#proposal-kind');
        break;
      case 'v':
        event.preventDefault();
        if (!$('vote-challenger-field').hasAttribute('hidden')) {
          focusFirst('#vote-challenger');
        } else if (state.paragraph && openVote(state.paragraph)) {
          focusRollCall();
        } else if (!$('vote-demanded-by').value) {
          // A vote is held on a serving member's demand: the secretary names who demanded it first.
          showError($('vote-demand-form'), t('demanderRequired'));
          $('vote-demanded-by').focus();
        } else {
          demandVote();
        }
        break;
      case 'j':
      case 'n':
      case 'a':
        if (state.paragraph && openVote(state.paragraph)) {
          event.preventDefault();
          focusRollCall();
          var marked = document.querySelector('#roll-call-body tr.marked');
          if (marked) {
            castBallot(Number(marked.getAttribute('data-person')), lower === 'j' ? 'YES'
              : lower === 'n' ? 'NO' : 'ABSTAIN');
          }
        }
        break;
      case 'b':
        event.preventDefault();
        focusFirst('#decision-points');
        break;
      case 'r':
        event.preventDefault();
        focusFirst('#dissent-form input, #dissent-form select');
        break;
      case 's':
        event.preventDefault();
        focusFirst('#statement-form input, #statement-form textarea');
        break;
      case 'p':
        event.preventDefault();
        $('attendance-panel').open = true;
        focusFirst('#seats-body button, #all-members-present');
        break;
      case '?':
        event.preventDefault();
        toggleHelp();
        break;
      default:
        if (/^[1-9]$/.test(key) && state.paragraph && state.paragraph.due && !state.paragraph.outcome) {
          var alternative = state.paragraph.due.alternatives[Number(key) - 1];
          if (alternative) {
            event.preventDefault();
            recordFinding(alternative.key);
          }
        }
    }
  }

  // ---- polling: another secretary's changes ------------------------------------------------------------------

  function poll() {
    if (writes > 0 || document.hidden) {
      window.setTimeout(poll, POLL_MS);
      return;
    }
    request('GET', API + '/live?revision=' + state.revision).then(function (answer) {
      if (answer.status === 200 && answer.body) {
        var current = answer.body.current ? answer.body.current.paragraphId : null;
        var changed = answer.body.revision !== state.revision;
        state.takenUp = current;
        seen(answer.body.revision);
        if (changed && writes === 0) {
          return refresh();
        }
        renderAgenda();
      }
      return null;
    }).catch(function (problem) {
      connection(problem.detail);
    }).then(function () {
      window.setTimeout(poll, POLL_MS);
    });
  }

  // ---- start -----------------------------------------------------------------------------------------------------

  function wire() {
    document.addEventListener('keydown', onKey);
    document.addEventListener('change', ticked);
    DRAFT_FORMS.concat(['substitution-form']).forEach(function (id) {
      $(id).addEventListener('input', markDirty);
      $(id).addEventListener('change', markDirty);
    });
    $('proposal-form').addEventListener('submit', submitProposal);
    $('proposal-cancel').addEventListener('click', resetProposalForm);
    $('vote-demand-form').addEventListener('submit', demandVote);
    $('proposition-reset').addEventListener('click', resetProposition);
    $('vote-close').addEventListener('click', closeVote);
    $('vote-cancel').addEventListener('click', cancelVote);
    $('decision-form').addEventListener('submit', submitDecision);
    $('decision-refill').addEventListener('click', function () {
      if (state.paragraph) {
        prefillDecision(state.paragraph);
      }
    });
    $('dissent-form').addEventListener('submit', submitDissent);
    $('statement-form').addEventListener('submit', submitStatement);
    $('substitution-form').addEventListener('submit', submitSubstitution);
    $('all-members-present').addEventListener('click', allMembersPresent);
    $('help-toggle').addEventListener('click', toggleHelp);
    $('conflict-dismiss').addEventListener('click', function () {
      show($('conflict'), false);
    });
  }

  function start() {
    // A fault of the console itself is said where the connection is reported, not only in the browser's log.
    window.addEventListener('error', function (event) {
      connection(t('scriptError', event.message));
    });
    window.addEventListener('unhandledrejection', function (event) {
      var reason = event.reason;
      if (reason && reason.status === undefined) {
        connection(t('scriptError', reason.message || String(reason)));
      }
    });
    wire();
    Promise.all([
      request('GET', API + '/console'),
      request('GET', API + '/attendance'),
      request('GET', API + '/live')
    ]).then(function (answers) {
      acceptMeeting(answers[0].body);
      acceptAttendance(answers[1].body);
      var live = answers[2].body;
      if (live) {
        seen(live.revision);
      }
      state.takenUp = live && live.current ? live.current.paragraphId : null;
      var fromHash = /^#p(\d+)$/.exec(window.location.hash || '');
      var wanted = fromHash ? Number(fromHash[1]) : state.takenUp;
      if (!summaryOf(wanted)) {
        wanted = state.meeting.paragraphs.length ? state.meeting.paragraphs[0].paragraphId : null;
      }
      if (wanted) {
        // Opening the console at a paragraph takes it up (once the meeting is open).
        select(wanted, true);
      }
      root.setAttribute('data-ready', 'true');
      window.setTimeout(poll, POLL_MS);
    }).catch(function (problem) {
      var detail = problem && problem.detail ? problem.detail : t('scriptError', problem && problem.message);
      connection(detail);
      $('paragraph-title').textContent = detail;
    });
  }

  start();
}());
