// The patient portal (issue 16 item 1): signs the member in with the issuer (OpenID Connect authorization code with
// PKCE, a public client: no secret in the page), then shows their overview and notifications and keeps both live
// through this service's server-sent event streams. No framework, nothing from outside this machine.
'use strict';

(() => {
  const STORE = 'medmassage.portal';
  const RETRY_MS = 2000;
  const $ = (id) => document.getElementById(id);
  const money = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD'});
  const day = new Intl.DateTimeFormat('en-US', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
  const moment = new Intl.DateTimeFormat('en-US', {dateStyle: 'medium', timeStyle: 'short'});
  const CLAIM_STATUS = {PAID: 'Paid', PARTIALLY_PAID: 'Partly paid', DENIED: 'Not covered', VOIDED: 'Voided',
    PENDED: 'Under review'};
  const AUTH_STATUS = {APPROVED: 'approved', PARTIALLY_APPROVED: 'partly approved', PENDED: 'under review',
    DENIED: 'denied', EXPIRED: 'expired', EXHAUSTED: 'used up'};

  let config;
  let session;
  const notifications = new Map();
  const subscribed = new Set();

  document.addEventListener('DOMContentLoaded', () => start().catch((e) => problem(
    'The portal could not start: ' + e.message + '. Please reload the page.')));

  async function start() {
    $('sign-in').addEventListener('click', () => signIn().catch((e) => problem('Sign-in failed: ' + e.message)));
    $('sign-out').addEventListener('click', () => signOut(''));
    config = await json(await fetch('config.json'));
    const answer = new URLSearchParams(location.search);
    if (answer.has('code') || answer.has('error')) {
      history.replaceState(null, '', location.pathname);
      await finishSignIn(answer);
    }
    session = storedSession();
    if (session) {
      showSignedIn();
    }
  }

  // ---- signing in -------------------------------------------------------------------------------------------------

  async function signIn() {
    const issuer = await discover();
    const verifier = randomText();
    const state = randomText();
    sessionStorage.setItem(STORE + '.pkce', JSON.stringify({verifier, state}));
    const url = new URL(issuer.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(), scope: 'openid', state,
      code_challenge: await challengeOf(verifier), code_challenge_method: 'S256'}).toString();
    location.assign(url.toString());
  }

  async function finishSignIn(answer) {
    const pkce = JSON.parse(sessionStorage.getItem(STORE + '.pkce') || 'null');
    sessionStorage.removeItem(STORE + '.pkce');
    if (answer.has('error')) {
      return problem('The sign-in was refused: ' + (answer.get('error_description') || answer.get('error')) + '.');
    }
    if (!pkce || pkce.state !== answer.get('state')) {
      return problem('That sign-in was not started from this page. Please sign in again.');
    }
    const issuer = await discover();
    const response = await fetch(issuer.token_endpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({grant_type: 'authorization_code', code: answer.get('code'),
        redirect_uri: redirectUri(), client_id: config.clientId, code_verifier: pkce.verifier})});
    if (!response.ok) {
      return problem('The sign-in could not be completed (' + response.status + '). Please sign in again.');
    }
    const token = (await response.json()).access_token;
    const claims = claimsOf(token);
    if (!claims.member_id) {
      return problem('This account is not a member\'s: the portal shows a member\'s own benefit.');
    }
    sessionStorage.setItem(STORE + '.session',
      JSON.stringify({token, memberId: claims.member_id, expiresAt: (claims.exp || 0) * 1000}));
  }

  function signOut(message) {
    sessionStorage.removeItem(STORE + '.session');
    session = null;
    location.replace(location.pathname + (message ? '?signed-out=' + encodeURIComponent(message) : ''));
  }

  function storedSession() {
    const stored = JSON.parse(sessionStorage.getItem(STORE + '.session') || 'null');
    const reason = new URLSearchParams(location.search).get('signed-out');
    if (reason) {
      problem(reason);
    }
    return stored && stored.expiresAt > Date.now() ? stored : null;
  }

  async function discover() {
    return json(await fetch(config.issuer + '/.well-known/openid-configuration'));
  }

  function redirectUri() {
    return location.origin + location.pathname;
  }

  function randomText() {
    return base64url(crypto.getRandomValues(new Uint8Array(32)));
  }

  async function challengeOf(verifier) {
    return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  }

  function base64url(bytes) {
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function claimsOf(token) {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(part))));
  }

  // ---- live data --------------------------------------------------------------------------------------------------

  function showSignedIn() {
    $('signed-out').hidden = true;
    $('signed-in').hidden = false;
    $('who').hidden = false;
    $('member-id').textContent = session.memberId;
    const base = '/members/' + encodeURIComponent(session.memberId);
    follow('notifications', base + '/notifications/stream', {notification: addNotification});
    follow('overview', base + '/overview/stream', {overview: showOverview});
    api(base + '/notifications').then((list) => list.forEach(addNotification))
      .catch((e) => problem('Your messages could not be read: ' + e.message));
  }

  /** Reads a server-sent event stream with the bearer token (EventSource cannot send one), reconnecting on breaks. */
  async function follow(name, path, handlers) {
    while (session) {
      if (session.expiresAt <= Date.now()) {
        return signOut('Your session has ended. Please sign in again.');
      }
      try {
        const response = await fetch(path, {headers: {Authorization: 'Bearer ' + session.token,
          Accept: 'text/event-stream'}});
        if (response.status === 401) {
          return signOut('Your session has ended. Please sign in again.');
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        await readEvents(response.body, handlers, (comment) => comment === 'subscribed' && live(name, true));
      } catch (e) {
        // a broken connection or a restarting service: shown as reconnecting, tried again shortly
      }
      live(name, false);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  async function readEvents(body, handlers, onComment) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = 'message';
    let data = [];
    for (;;) {
      const {value, done} = await reader.read();
      if (done) {
        return;
      }
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, end).replace(/\r$/, '');
        buffer = buffer.slice(end + 1);
        if (line === '') {
          if (data.length && handlers[event]) {
            handlers[event](JSON.parse(data.join('\n')));
          }
          event = 'message';
          data = [];
        } else if (line.startsWith(':')) {
          onComment(line.slice(1).trim());
        } else {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') {
            event = text;
          } else if (field === 'data') {
            data.push(text);
          }
        }
      }
    }
  }

  function live(name, on) {
    if (on) {
      subscribed.add(name);
    } else {
      subscribed.delete(name);
    }
    const status = $('live-status');
    const both = subscribed.size === 2;
    status.textContent = both ? 'Live' : 'Reconnecting…';
    status.classList.toggle('live', both);
  }

  async function api(path) {
    return json(await fetch(path, {headers: {Authorization: 'Bearer ' + session.token,
      Accept: 'application/json'}}));
  }

  async function json(response) {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json();
  }

  // ---- rendering --------------------------------------------------------------------------------------------------

  function addNotification(notification) {
    notifications.set(notification.notificationId, notification);
    const newestFirst = [...notifications.values()].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    $('timeline').replaceChildren(...newestFirst.map((n) => element('li', {'data-event-type': n.sourceEventType,
      'data-category': n.category}, [
      element('time', {datetime: n.occurredAt}, moment.format(new Date(n.occurredAt))),
      element('strong', {}, n.title),
      element('p', {}, n.message)])));
  }

  function showOverview(overview) {
    const benefits = overview.benefits;
    text('deductible-met', benefits && amount(benefits.deductibleMet));
    text('deductible-remaining', benefits && amount(benefits.deductibleRemaining));
    text('oop-remaining', benefits && amount(benefits.outOfPocketRemaining));
    text('visits-used', benefits && String(benefits.visitsUsed));
    text('visit-limit', benefits && String(benefits.visitLimit));
    text('plan-year', planYearWords(benefits));
    const authorization = overview.authorization;
    text('authorized-visits-left', authorization && authorization.visitsLeft != null
      ? String(authorization.visitsLeft) : null);
    text('referral', referralWords(overview.referral));
    text('authorization', authorizationWords(authorization));
    const claims = [...overview.claims].sort((a, b) => b.dateOfService.localeCompare(a.dateOfService));
    $('no-claims').hidden = claims.length > 0;
    $('claims').replaceChildren(...claims.map(claimCard));
  }

  // the plan's own deductible and out-of-pocket figures reach the portal with the first visit's cost share
  function planYearWords(benefits) {
    if (!benefits) {
      return '';
    }
    if (!benefits.planYearStart) {
      return 'What remains of your deductible and out-of-pocket maximum shows here once your first visit is processed.';
    }
    return 'Plan year ' + day.format(date(benefits.planYearStart)) + ' to ' + day.format(date(benefits.planYearEnd)) + '.';
  }

  function referralWords(referral) {
    if (!referral) {
      return 'No referral has reached us yet.';
    }
    const words = 'Your prescriber referred you for ' + referral.sessions + ' sessions over ' + referral.durationWeeks
      + ' weeks (diagnosis ' + referral.diagnosisCodes.join(', ') + '), from ' + day.format(date(referral.validFrom))
      + ' to ' + day.format(date(referral.validTo)) + '.';
    return referral.status === 'ACTIVE' ? words : words + ' This referral is ' + referral.status.toLowerCase() + '.';
  }

  function authorizationWords(authorization) {
    if (!authorization) {
      return 'No authorization yet.';
    }
    let words = 'Authorization ' + authorization.authorizationNumber + ' is '
      + (AUTH_STATUS[authorization.status] || authorization.status.toLowerCase());
    if (authorization.approvedVisits != null) {
      words += ': ' + authorization.approvedVisits + ' visits, ' + authorization.visitsLeft + ' left';
      if (authorization.validTo) {
        words += ', until ' + day.format(date(authorization.validTo));
      }
    }
    return words + (authorization.reason ? ' (' + authorization.reason + ').' : '.');
  }

  function claimCard(claim) {
    const status = CLAIM_STATUS[claim.status] || claim.status;
    const eob = element('a', {class: 'eob', href: config.claimsUrl + '/claims/' + encodeURIComponent(claim.claimId)
      + '/eob'}, 'Explanation of benefits');
    eob.addEventListener('click', (event) => {
      event.preventDefault();
      openExplanation(eob.href).catch((e) => problem('The explanation could not be opened: ' + e.message));
    });
    return element('li', {'data-claim-id': claim.claimId, class: claim.status.toLowerCase()}, [
      element('h3', {}, 'Visit on ' + day.format(date(claim.dateOfService))),
      element('p', {}, [element('span', {class: 'claim-status'}, status), ' · you owe ',
        element('span', {class: 'claim-owed'}, amount(claim.youOwe)), ' · plan paid ',
        element('span', {class: 'claim-paid'}, amount(claim.planPaid))]),
      element('p', {class: 'claim-why'}, claim.explanation || ''),
      eob]);
  }

  /** The EOB needs the member's token, which a plain link cannot send: fetched, then shown in a new tab. */
  async function openExplanation(href) {
    const response = await fetch(href, {headers: {Authorization: 'Bearer ' + session.token, Accept: 'text/html'}});
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    const page = URL.createObjectURL(new Blob([await response.text()], {type: 'text/html'}));
    window.open(page, '_blank', 'noopener');
  }

  function element(name, attributes, children) {
    const node = document.createElement(name);
    Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
    node.append(...(Array.isArray(children) ? children : [children]));
    return node;
  }

  function text(id, value) {
    $(id).textContent = value == null ? '–' : value;
  }

  function amount(value) {
    return value == null ? null : money.format(Number(value));
  }

  function date(isoDay) {
    return new Date(isoDay + 'T00:00:00Z');
  }

  function problem(message) {
    const node = $('sign-in-problem');
    node.textContent = message;
    node.hidden = false;
  }
})();
