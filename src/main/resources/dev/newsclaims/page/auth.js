// Sign-in for the page when the API takes Cognito access tokens (template parameter ApiAuthorization=COGNITO):
// the OAuth 2.0 authorization-code flow with PKCE (RFC 7636, S256) against the user pool's hosted sign-in.
// The settings come from /page/auth.json; when it says {"signIn":"none"} (IAM, the local stack) nothing changes.
// The access token lives in sessionStorage (this tab only, gone when it closes) and is sent as
// "Authorization: Bearer" on the page's API calls (app.js asks window.pageAuth.sign for each request).
'use strict';
(function () {
  const TOKEN_KEY = 'newsclaims.token';
  const PENDING_KEY = 'newsclaims.signin';
  // A token this close to its expiry is not used: the request could arrive after it.
  const EXPIRY_MARGIN_MS = 60 * 1000;

  function base64url(bytes) {
    let text = '';
    bytes.forEach((b) => { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomString(byteCount) {
    return base64url(crypto.getRandomValues(new Uint8Array(byteCount)));
  }

  /** The S256 code challenge of a verifier: base64url(SHA-256(ASCII(verifier))), RFC 7636 section 4.2. */
  async function challenge(verifier) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    return base64url(new Uint8Array(digest));
  }

  function read(storage, key) {
    try { return JSON.parse(storage.getItem(key) || 'null'); } catch (ignored) { return null; }
  }

  function storedToken() {
    const token = read(sessionStorage, TOKEN_KEY);
    return token && token.accessToken && token.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? token.accessToken : null;
  }

  // A return from the hosted sign-in carries ?code=&state= (or ?error=): taken from the address at once, and the
  // view the reader was on put back, before app.js reads the address.
  const returned = new URLSearchParams(location.search);
  const pending = read(sessionStorage, PENDING_KEY);
  let callback = null;
  if (pending && (returned.has('code') || returned.has('error'))) {
    sessionStorage.removeItem(PENDING_KEY);
    callback = { code: returned.get('code'), state: returned.get('state'), error: returned.get('error'), pending };
    history.replaceState(null, '', location.pathname + (pending.hash || ''));
  }

  async function settings() {
    const response = await fetch('/page/auth.json', { cache: 'no-cache' });
    if (!response.ok) throw new Error('The page could not read its sign-in settings (' + response.status + ').');
    return response.json();
  }

  async function exchange(config, received) {
    if (received.error) throw new Error('Sign-in failed: ' + received.error + '.');
    if (!received.code || received.state !== received.pending.state) {
      throw new Error('Sign-in failed: the answer does not belong to this sign-in.');
    }
    const response = await fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', client_id: config.clientId, code: received.code,
        redirect_uri: config.redirectUri, code_verifier: received.pending.verifier,
      }),
    });
    if (!response.ok) throw new Error('Sign-in failed: the token endpoint answered ' + response.status + '.');
    const tokens = await response.json();
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify({
      accessToken: tokens.access_token, expiresAt: Date.now() + (tokens.expires_in || 3600) * 1000,
    }));
  }

  /** Off to the hosted sign-in; the page comes back to config.redirectUri with a code. Never resolves. */
  async function signIn(config) {
    const verifier = randomString(32);
    const state = randomString(16);
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, hash: location.hash }));
    const query = new URLSearchParams({
      response_type: 'code', client_id: config.clientId, redirect_uri: config.redirectUri, scope: config.scope,
      state, code_challenge: await challenge(verifier), code_challenge_method: 'S256',
    });
    location.assign(config.authorizeUrl + '?' + query);
    return new Promise(() => {});
  }

  const ready = settings().then(async (config) => {
    if (config.signIn === 'cognito' && callback) await exchange(config, callback);
    return config;
  });

  window.pageAuth = {
    challenge,
    /** The request's fetch options with the bearer token, signing in first when there is none. */
    async sign(options) {
      const config = await ready;
      if (config.signIn !== 'cognito') return options;
      const token = storedToken();
      if (!token) return signIn(config);
      const headers = new Headers((options && options.headers) || {});
      headers.set('Authorization', 'Bearer ' + token);
      return Object.assign({}, options, { headers });
    },
    /** The API refused the token (401): forget it, so that the next request signs in again. */
    rejected() {
      sessionStorage.removeItem(TOKEN_KEY);
    },
  };
})();
