/*
 * Nämndflöde: the members' live view of a meeting (/sammantraden/{id}/direkt), read-only.
 *
 * Asks the live endpoint every second with the revision it shows (GET /api/v1/meetings/{id}/live?revision=N): 204
 * means nothing changed; otherwise the answer is the whole state, which replaces what is shown. Nothing is kept on
 * the server between requests, so any application node answers. Texts come from the page (data-texts).
 */
(function () {
  'use strict';

  var root = document.getElementById('live');
  if (!root) {
    return;
  }
  var API = root.getAttribute('data-api');
  var TEXTS = JSON.parse(root.getAttribute('data-texts') || '{}');
  var POLL_MS = 1000;
  var revision = null;
  var failures = 0;

  function t(key) {
    var text = Object.prototype.hasOwnProperty.call(TEXTS, key) ? TEXTS[key] : key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  function $(id) {
    return document.getElementById(id);
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

  function item(tag, text, className) {
    var element = document.createElement(tag);
    element.textContent = text;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function fill(list, lines) {
    clear(list);
    (lines || []).forEach(function (line) {
      list.appendChild(item('li', line));
    });
    return lines && lines.length > 0;
  }

  function time() {
    var now = new Date();
    return [now.getHours(), now.getMinutes(), now.getSeconds()].map(function (part) {
      return part < 10 ? '0' + part : String(part);
    }).join(':');
  }

  function render(state) {
    $('live-status').textContent = t('status.' + state.status);
    var agenda = clear($('live-agenda'));
    state.agenda.forEach(function (entry) {
      var li = item('li', '', entry.current ? 'selected' : null);
      if (entry.current) {
        li.setAttribute('aria-current', 'step');
      }
      li.appendChild(item('span', entry.label, 'agenda-label'));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(item('span', entry.title, 'agenda-title'));
      if (entry.outcome) {
        li.appendChild(document.createTextNode(' '));
        li.appendChild(item('span', t('outcome.' + entry.outcome), 'badge done'));
      }
      agenda.appendChild(li);
    });
    var p = state.current;
    if (!p) {
      $('live-title').textContent = t('live.nothing');
      return;
    }
    $('live-title').textContent = p.label + ' ' + p.title;
    var facts = [t('kind.' + p.kind)];
    if (p.registryNumber) {
      facts.push(t('registryNumber', p.registryNumber));
    }
    if (p.exerciseOfAuthority) {
      facts.push(t('authority'));
    }
    $('live-facts').textContent = facts.join(' · ');
    var quorum = $('live-quorum');
    quorum.textContent = p.quorate ? t('quorum.ok', p.servingCount, p.quorum)
      : t('quorum.missing', p.servingCount, p.quorum);
    quorum.className = 'quorum ' + (p.quorate ? 'ok' : 'missing');
    if (!fill($('live-proposals'), p.proposals)) {
      $('live-proposals').appendChild(item('li', t('noProposals'), 'hint'));
    }
    $('live-due').textContent = p.due && !p.outcome ? t('due', p.due) : '';
    fill($('live-proposition'), p.proposition);
    var vote = p.vote;
    show($('live-vote-section'), !!vote);
    if (vote) {
      var text;
      if (!vote.no) {
        text = t('vote.counterFirst');
      } else if (vote.closed) {
        text = t('vote.proposition', vote.yes, vote.no) + ' ' + t('vote.result', vote.yesCount, vote.noCount,
          vote.abstainCount) + (vote.castingVote ? ' ' + t('live.casting') : '')
          + (vote.winner ? ' ' + t('vote.winner', vote.winner) : '');
      } else {
        text = t('vote.proposition', vote.yes, vote.no) + ' ' + t('live.voting', vote.voted, vote.serving);
      }
      $('live-vote').textContent = text;
      fill($('live-roll-call'), vote.rollCall);
    }
    show($('live-decision-section'), !!p.outcome);
    if (p.outcome) {
      $('live-outcome').textContent = t('outcome.' + p.outcome) + (p.outcomeReason ? ' – ' + p.outcomeReason : '');
      fill($('live-decision'), p.decision);
    }
    show($('live-dissents-section'), fill($('live-dissents'), p.dissents));
    show($('live-statements-section'), fill($('live-statements'), p.statements));
  }

  function poll() {
    var url = API + (revision === null ? '' : '?revision=' + revision);
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (response.status === 204) {
          return null;
        }
        if (!response.ok) {
          return response.json().catch(function () {
            return null;
          }).then(function (problem) {
            throw new Error(problem && problem.detail ? problem.detail : t('failed', response.status));
          });
        }
        return response.json();
      })
      .then(function (state) {
        failures = 0;
        if (state) {
          render(state);
          revision = state.revision;
          root.setAttribute('data-revision', String(revision));
        }
        $('live-updated').textContent = t('live.updated', time());
        $('live-updated').className = 'connection';
      })
      .catch(function (error) {
        failures++;
        $('live-updated').textContent = failures > 2 ? t('live.lost', error.message || t('offline'))
          : $('live-updated').textContent;
        $('live-updated').className = failures > 2 ? 'connection lost' : 'connection';
      })
      .then(function () {
        window.setTimeout(poll, POLL_MS);
      });
  }

  poll();
}());
