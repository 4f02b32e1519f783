/* The web chat: a small client of the HTTP API (/v1/ask, /v1/sessions, /v1/suggestions;
 * /v1/ask/stream when a language model writes the answers).
 *
 * Safety rule for this file: text from users and from the notes is only ever
 * inserted with textContent / createElement, never as HTML.
 */
(function () {
  "use strict";

  // Relative to <base href>, so the chat works under a path prefix (BOT_ROOT_PATH).
  var API = { ask: "v1/ask", stream: "v1/ask/stream", sessions: "v1/sessions/", suggestions: "v1/suggestions", feedback: "v1/feedback" };
  var EMBED = document.body.classList.contains("page-embed");
  var FEEDBACK = document.body.getAttribute("data-feedback") === "on";
  // A model writes answers (BOT_LLM_URL): show its words as they come, as a draft that the
  // verified answer replaces.
  var STREAM = document.body.getAttribute("data-stream") === "on" && "TextDecoder" in window;
  // Replies worth rating: answers, not greetings or goodbyes.
  var RATED_INTENTS = { ask_question: 1, list_talks: 1, summarize_talk: 1, speaker_info: 1, list_conferences: 1, out_of_scope: 1 };
  var SESSION_KEY = "cna.session_id";
  var DRAFT_KEY = "cna.draft";
  var TIMEOUT_MS = 30000;

  var $ = function (id) { return document.getElementById(id); };
  var ui = {
    scroller: $("scroller"), log: $("log"), empty: $("empty"), typing: $("typing"),
    suggestions: $("suggestions"), suggestionsTitle: $("suggestions-title"),
    status: $("status"), statusText: $("status-text"), retry: $("retry"),
    form: $("composer"), input: $("question"), send: $("send"),
    reset: $("new-conversation"), close: $("close-widget"), feedbackStatus: $("feedback-status")
  };

  var storage = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* private mode */ } },
    del: function (k) { try { window.localStorage.removeItem(k); } catch (e) { /* private mode */ } }
  };

  var state = {
    sessionId: storage.get(SESSION_KEY),
    busy: false,
    generation: 0,      // bumped by "New conversation": late replies are dropped
    pending: null,      // {text, node} of a question not yet answered
    retryAction: null,
    suggestionsLoaded: false,
    whenIdle: []        // feedback waiting for an answer in flight (turn numbers shift)
  };

  // ---- small helpers ----------------------------------------------------

  /** Build an element; `text` always goes in as textContent. */
  function h(tag, props, children) {
    var node = document.createElement(tag);
    props = props || {};
    if (props.className) node.className = props.className;
    if (props.text != null) node.textContent = String(props.text);
    if (props.attrs) {
      Object.keys(props.attrs).forEach(function (k) { node.setAttribute(k, props.attrs[k]); });
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }


  /** '2018-02-28' -> '28 Feb 2018', in UTC so the day never shifts. */
  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return iso || "";
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  function scrollToEnd() {
    var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ui.scroller.scrollTo({ top: ui.scroller.scrollHeight, behavior: smooth ? "smooth" : "auto" });
  }

  function autosize() {
    ui.input.style.height = "auto";
    ui.input.style.height = Math.min(ui.input.scrollHeight, 200) + "px";
  }

  function setSession(id) {
    state.sessionId = id || null;
    if (id) storage.set(SESSION_KEY, id); else storage.del(SESSION_KEY);
  }

  // ---- talking to the API ----------------------------------------------

  /** An error the UI can explain: kind is network | timeout | http. */
  function ApiError(kind, status, message) {
    this.kind = kind; this.status = status || 0; this.message = message || "";
    this.retryable = kind !== "http" || status >= 500 || status === 408 || status === 429;
  }

  function describeDetail(body) {
    if (!body) return "";
    var d = body.detail;
    if (Array.isArray(d)) {
      d = d.map(function (x) { return x && x.msg ? x.msg : JSON.stringify(x); }).join("; ");
    }
    return [body.error, d].filter(Boolean).join(": ");
  }

  function api(method, url, payload) {
    var ctrl = "AbortController" in window ? new AbortController() : null;
    var timer = ctrl ? setTimeout(function () { ctrl.abort(); }, TIMEOUT_MS) : null;
    var init = {
      method: method, signal: ctrl && ctrl.signal,
      headers: { Accept: "application/json", "X-Bot-Channel": EMBED ? "widget" : "web" }
    };
    if (payload !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    return fetch(url, init).then(function (res) {
      if (res.status === 204) return null;
      // Signed out (the sign-in cookie expired, or its key was removed): sign in again.
      if (res.status === 401) window.location.assign("/login");
      return res.json().catch(function () { return null; }).then(function (body) {
        if (!res.ok) throw new ApiError("http", res.status, describeDetail(body) || res.statusText);
        return body;
      });
    }, function (err) {
      throw new ApiError(err && err.name === "AbortError" ? "timeout" : "network");
    }).finally(function () { if (timer) clearTimeout(timer); });
  }

  /** POST /v1/ask/stream: `onDraft(name, data)` gets the model's words (`token`) and each
   * sentence's verdict (`sentence`) as they arrive; resolves with the verified reply (the
   * `answer` event), which is the one to show. */
  function askStream(payload, onDraft) {
    var ctrl = new AbortController();
    var timer = setTimeout(function () { ctrl.abort(); }, TIMEOUT_MS);
    var init = {
      method: "POST", signal: ctrl.signal, body: JSON.stringify(payload),
      headers: { Accept: "text/event-stream", "Content-Type": "application/json", "X-Bot-Channel": EMBED ? "widget" : "web" }
    };
    var failed = function (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError(err && err.name === "AbortError" ? "timeout" : "network");
    };
    return fetch(API.stream, init).then(function (res) {
      if (res.status === 401) window.location.assign("/login");
      if (!res.ok) {
        return res.json().catch(function () { return null; }).then(function (body) {
          throw new ApiError("http", res.status, describeDetail(body) || res.statusText);
        });
      }
      return readEvents(res.body.getReader(), onDraft);
    }).catch(failed).finally(function () { clearTimeout(timer); });
  }

  /** Server-sent events, by hand (EventSource cannot POST): blocks of `event:` and `data:`. */
  function readEvents(reader, onDraft) {
    var decoder = new TextDecoder();
    var buffer = "";
    function handle(block) {
      var name = "message", data = "";
      block.split("\n").forEach(function (line) {
        if (line.indexOf("event:") === 0) name = line.slice(6).trim();
        else if (line.indexOf("data:") === 0) data += line.slice(5).trim();
      });
      if (name === "token" || name === "sentence") { onDraft(name, JSON.parse(data)); return null; }
      if (name === "answer") return { reply: JSON.parse(data) };
      if (name === "error") throw new ApiError("http", 500, describeDetail(JSON.parse(data)));
      return null;
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) throw new ApiError("network");
        buffer += decoder.decode(chunk.value, { stream: true });
        var blocks = buffer.split("\n\n");
        buffer = blocks.pop();
        for (var i = 0; i < blocks.length; i++) {
          var done = blocks[i].trim() && handle(blocks[i]);
          if (done) { reader.cancel().catch(function () {}); return done.reply; }
        }
        return pump();
      });
    }
    return pump();
  }

  function explain(err, what) {
    if (err.kind === "network") return "Can't reach the server, so " + what + ". Check that the assistant is running and your connection is up.";
    if (err.kind === "timeout") return "The server took too long, so " + what + ".";
    if (err.status === 503) return "The assistant is briefly unavailable, so " + what + " (" + err.message + ").";
    if (err.status >= 500) return "Something went wrong on the server, so " + what + " (" + err.message + ").";
    if (err.status === 401 || err.status === 403) return "This server requires an API key, so " + what + ".";
    return "The server refused it, so " + what + ": " + err.message;
  }

  // ---- status banner (errors with Retry) --------------------------------

  function showStatus(message, retry) {
    state.retryAction = retry || null;
    ui.statusText.textContent = message;
    ui.retry.hidden = !retry;
    ui.status.hidden = false;
  }

  function hideStatus() {
    ui.status.hidden = true;
    ui.statusText.textContent = "";
    state.retryAction = null;
  }

  // ---- rendering ---------------------------------------------------------

  function userMessage(text) {
    return h("article", { className: "msg msg-user", attrs: { "aria-label": "You said" } }, [
      h("p", { className: "bubble", text: text })
    ]);
  }

  function sourceCard(c) {
    var facts = [c.section, c.speaker, formatDate(c.date)].filter(Boolean);
    var summary = h("summary", { className: "source-summary" }, [
      h("span", { className: "source-conf", text: c.conference || c.title || c.source }),
      h("span", { className: "source-facts", text: facts.join(" · ") })
    ]);
    var origin = c.title && c.title !== c.conference ? c.title : c.source;
    var body = h("div", { className: "source-body" }, [
      h("blockquote", { className: "snippet", text: c.snippet || "" }),
      origin ? h("p", { className: "source-origin", text: "From " + origin }) : null,
      c.source ? h("a", {
        className: "source-link", text: "Open the note at this passage",
        attrs: { href: noteUrl(c), target: "_blank", rel: "noopener" }
      }) : null
    ]);
    return h("li", null, [h("details", { className: "source" }, [summary, body])]);
  }

  /** notes/<source, each folder encoded>#passage-N: the notes viewer, at the cited place. */
  function noteUrl(c) {
    var path = String(c.source).split("/").map(encodeURIComponent).join("/");
    return "notes/" + path + (c.passage != null ? "#passage-" + c.passage : "");
  }

  // ---- feedback (👍 / 👎 and an optional comment) -------------------------

  function announce(text) {
    ui.feedbackStatus.textContent = "";
    setTimeout(function () { ui.feedbackStatus.textContent = text; }, 50);
  }

  /** The rated turn, counted from the end of the conversation (-1 = latest), as the
   * history on the server is: older turns may have been dropped from its start. */
  function turnOf(node) {
    var bots = Array.prototype.slice.call(ui.log.querySelectorAll(".msg-bot:not(.msg-draft)"));
    return bots.indexOf(node) - bots.length;
  }

  function sendFeedback(node, rating, comment) {
    var run = function () {
      var payload = { session_id: state.sessionId, turn: turnOf(node), rating: rating };
      if (comment) payload.comment = comment;
      return api("POST", API.feedback, payload);
    };
    if (!state.busy) return run();
    return new Promise(function (resolve, reject) {
      state.whenIdle.push(function () { run().then(resolve, reject); });
    });
  }

  function feedbackControls(node) {
    var up = h("button", { className: "btn-icon fb fb-up", attrs: { type: "button", "aria-pressed": "false", "aria-label": "Helpful" } }, [
      h("span", { className: "icon icon-up", attrs: { "aria-hidden": "true" } })
    ]);
    var down = h("button", { className: "btn-icon fb fb-down", attrs: { type: "button", "aria-pressed": "false", "aria-label": "Not helpful" } }, [
      h("span", { className: "icon icon-down", attrs: { "aria-hidden": "true" } })
    ]);
    var field = h("textarea", { className: "fb-text", attrs: { rows: "2", maxlength: "2000" } });
    var label = h("label", { className: "fb-label", text: "What was wrong or missing? (optional)" });
    var id = "fb-" + Math.random().toString(36).slice(2);
    field.id = id; label.setAttribute("for", id);
    var submit = h("button", { className: "btn fb-send", text: "Send comment", attrs: { type: "submit" } });
    var form = h("form", { className: "fb-comment" }, [label, field, submit]);
    form.hidden = true;

    function rate(rating, button, other) {
      button.setAttribute("aria-pressed", "true");
      other.setAttribute("aria-pressed", "false");
      sendFeedback(node, rating).then(function () {
        announce(rating === "up" ? "Thanks, glad it helped." : "Thanks. You can add a comment below.");
        if (rating === "down") { form.hidden = false; field.focus(); } else { form.hidden = true; }
      }, function (err) {
        button.setAttribute("aria-pressed", "false");
        announce("Your rating wasn't sent: " + (err.message || err.kind));
      });
    }
    up.addEventListener("click", function () { rate("up", up, down); });
    down.addEventListener("click", function () { rate("down", down, up); });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = field.value.trim();
      if (!text) { field.focus(); return; }
      sendFeedback(node, "down", text).then(function () {
        form.hidden = true;
        down.focus();
        announce("Thanks, your comment was sent.");
      }, function (err) { announce("Your comment wasn't sent: " + (err.message || err.kind)); });
    });
    return [h("div", { className: "feedback", attrs: { role: "group", "aria-label": "Rate this answer" } }, [up, down]), form];
  }

  function quickReplies(buttons) {
    var group = h("div", { className: "quick-replies", attrs: { role: "group", "aria-label": "Quick replies" } });
    buttons.forEach(function (b) {
      var btn = h("button", { className: "quick-reply", text: b.text, attrs: { type: "button" } });
      btn.addEventListener("click", function () { send(b.value); });
      group.appendChild(btn);
    });
    return group;
  }

  function copyText(answer, citations) {
    var lines = [answer];
    if (citations.length) {
      lines.push("", "Sources:");
      citations.forEach(function (c) {
        lines.push("- " + [c.conference, formatDate(c.date), c.section, c.speaker].filter(Boolean).join(", "));
      });
    }
    return lines.join("\n");
  }

  /** The answer while the model writes it: sentences verification kept, then the words
   * not yet judged (muted); a sentence it dropped disappears. Hidden from screen readers,
   * who get the verified answer that replaces it. */
  function draftMessage() {
    var verified = h("span", { className: "draft-verified" });
    var pending = h("span", { className: "draft-pending" });
    var kept = [];
    var node = h("article", { className: "msg msg-bot msg-draft", attrs: { "aria-hidden": "true" } }, [
      h("div", { className: "bubble" }, [
        h("p", { className: "answer" }, [verified, pending]),
        h("p", { className: "draft-note", text: "Checking this against the notes…" })
      ])
    ]);
    return {
      node: node,
      token: function (data) { pending.textContent += data.text || ""; },
      sentence: function (data) {
        if (data.kept) kept.push(data.text);
        verified.textContent = kept.length ? kept.join(" ") + " " : "";
        pending.textContent = data.pending || "";
      }
    };
  }

  function botMessage(reply, withButtons) {
    var citations = reply.citations || [];
    var buttons = reply.buttons || [];
    var bubble = h("div", { className: "bubble" }, [h("p", { className: "answer", text: reply.answer || "" })]);
    if (reply.mode === "generated") {
      bubble.appendChild(h("p", { className: "mode-note", text: "Written by a language model from the sources below, and checked against them." }));
    }
    if (withButtons && buttons.length) bubble.appendChild(quickReplies(buttons));
    if (citations.length) {
      bubble.appendChild(h("div", { className: "sources-wrap" }, [
        h("h3", { className: "sources-title", text: citations.length === 1 ? "Source" : "Sources" }),
        h("ul", { className: "sources" }, citations.map(sourceCard))
      ]));
    }
    var copyBtn = h("button", { className: "btn-icon copy", attrs: { type: "button", "aria-label": "Copy answer" } }, [
      h("span", { className: "icon icon-copy", attrs: { "aria-hidden": "true" } }),
      h("span", { className: "copy-label", text: "Copy" })
    ]);
    var copyStatus = h("span", { className: "copy-status", attrs: { role: "status" } });
    copyBtn.addEventListener("click", function () {
      copy(copyText(reply.answer || "", citations), copyStatus);
    });
    var node = h("article", {
      className: "msg msg-bot" + (reply.answered === false && !buttons.length ? " msg-unanswered" : ""),
      attrs: { "aria-label": "Assistant said", "data-intent": reply.intent || "", "data-answered": String(reply.answered !== false), "data-mode": reply.mode || "extractive" }
    }, [bubble]);
    var actions = h("div", { className: "msg-actions" }, [copyBtn, copyStatus]);
    node.appendChild(actions);
    if (FEEDBACK && RATED_INTENTS[reply.intent]) {
      var parts = feedbackControls(node);
      actions.insertBefore(parts[0], copyBtn);
      node.appendChild(parts[1]);
    }
    return node;
  }

  function copy(text, statusNode) {
    function done(ok) {
      statusNode.textContent = ok ? "Copied" : "Copy failed: select the text and press Ctrl+C";
      setTimeout(function () { statusNode.textContent = ""; }, 2500);
    }
    function fallback() {
      var area = h("textarea", { className: "copy-buffer", attrs: { readonly: "", "aria-hidden": "true", tabindex: "-1" } });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  /** Quick replies only make sense on the latest answer. */
  function dropOldQuickReplies() {
    var groups = ui.log.querySelectorAll(".quick-replies");
    var hadFocus = false;
    groups.forEach(function (g) { if (g.contains(document.activeElement)) hadFocus = true; g.remove(); });
    if (hadFocus) ui.input.focus();
  }

  function setEmpty(isEmpty) {
    ui.empty.hidden = !isEmpty;
    if (isEmpty) loadSuggestions();
  }

  function loadSuggestions() {
    if (state.suggestionsLoaded) return;
    state.suggestionsLoaded = true;
    api("GET", API.suggestions).then(function (body) {
      var questions = (body && body.questions) || [];
      ui.suggestions.replaceChildren();
      questions.slice(0, 6).forEach(function (q) {
        var btn = h("button", { className: "suggestion", text: q, attrs: { type: "button" } });
        btn.addEventListener("click", function () { send(q); });
        ui.suggestions.appendChild(h("li", null, [btn]));
      });
      ui.suggestionsTitle.hidden = questions.length === 0;
    }, function () {
      state.suggestionsLoaded = false; // try again next time the view is empty
    });
  }

  function setBusy(busy) {
    state.busy = busy;
    ui.typing.hidden = !busy;
    ui.log.setAttribute("aria-busy", String(busy));
    ui.send.setAttribute("aria-disabled", String(busy));
    if (busy) scrollToEnd();
    if (!busy) {
      var waiting = state.whenIdle;
      state.whenIdle = [];
      waiting.forEach(function (fn) { fn(); });
    }
  }

  // ---- conversation ------------------------------------------------------

  function send(raw) {
    var text = (raw || "").trim();
    if (!text || state.busy) return;
    hideStatus();
    setEmpty(false);

    var node;
    if (state.pending && state.pending.text === text) {
      node = state.pending.node;           // a retry: reuse the failed bubble
      node.classList.remove("msg-failed");
      var mark = node.querySelector(".failed-mark");
      if (mark) mark.remove();
    } else {
      if (state.pending) state.pending.node.remove();
      node = userMessage(text);
      ui.log.appendChild(node);
    }
    state.pending = { text: text, node: node };
    if (ui.input.value.trim() === text) {
      ui.input.value = "";
      storage.del(DRAFT_KEY);
      autosize();
    }

    var generation = state.generation;
    var payload = { question: text };
    if (state.sessionId) payload.session_id = state.sessionId;
    setBusy(true);
    var draft = null;
    var onDraft = function (name, data) {
      if (generation !== state.generation) return;
      if (!draft) {
        draft = draftMessage();
        ui.typing.hidden = true;
        ui.log.appendChild(draft.node);
      }
      draft[name](data);
      scrollToEnd();
    };
    var asked = STREAM ? askStream(payload, onDraft) : api("POST", API.ask, payload);
    var dropDraft = function () { if (draft) { draft.node.remove(); draft = null; } };
    asked.then(function (reply) {
      if (generation !== state.generation) return;
      dropDraft();
      setSession(reply.session_id);
      state.pending = null;
      dropOldQuickReplies();
      ui.log.appendChild(botMessage(reply, true));
      scrollToEnd();
    }, function (err) {
      if (generation !== state.generation) return;
      dropDraft();
      node.classList.add("msg-failed");
      node.appendChild(h("p", { className: "failed-mark", text: "Not sent" }));
      if (!ui.input.value.trim()) {     // the question is never lost
        ui.input.value = text;
        autosize();
      }
      showStatus(explain(err, "your question wasn't answered"), err.retryable ? function () { send(text); } : null);
      scrollToEnd();
    }).finally(function () {
      if (generation === state.generation) setBusy(false);
    });
  }

  function renderHistory(turns) {
    ui.log.replaceChildren();
    turns.forEach(function (turn, i) {
      ui.log.appendChild(userMessage(turn.user));
      ui.log.appendChild(botMessage(turn, i === turns.length - 1));
    });
  }

  function restore() {
    hideStatus();
    if (!state.sessionId) { setEmpty(true); return; }
    var generation = state.generation;
    ui.log.setAttribute("aria-busy", "true");
    api("GET", API.sessions + encodeURIComponent(state.sessionId)).then(function (session) {
      if (generation !== state.generation) return;
      var turns = (session && session.history) || [];
      renderHistory(turns.map(function (t) {
        return { user: t.user, answer: t.bot, intent: t.intent, answered: t.answered,
                 citations: t.citations, buttons: t.buttons };
      }));
      setEmpty(turns.length === 0);
      ui.scroller.scrollTop = ui.scroller.scrollHeight;
    }, function (err) {
      if (generation !== state.generation) return;
      if (err.kind === "http" && err.status === 404) {   // expired or forgotten
        setSession(null);
        setEmpty(true);
        return;
      }
      showStatus(explain(err, "your conversation couldn't be loaded"), restore);
    }).finally(function () { ui.log.setAttribute("aria-busy", "false"); });
  }

  function newConversation() {
    var old = state.sessionId;
    state.generation += 1;
    state.pending = null;
    state.whenIdle = [];
    setSession(null);
    setBusy(false);
    hideStatus();
    ui.log.replaceChildren();
    setEmpty(true);
    ui.input.focus();
    if (old) {
      api("DELETE", API.sessions + encodeURIComponent(old)).catch(function () { /* it expires anyway */ });
    }
  }

  // ---- wiring ------------------------------------------------------------

  ui.form.addEventListener("submit", function (e) {
    e.preventDefault();
    send(ui.input.value);
  });
  ui.input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send(ui.input.value);
    }
  });
  ui.input.addEventListener("input", function () {
    autosize();
    if (ui.input.value) storage.set(DRAFT_KEY, ui.input.value); else storage.del(DRAFT_KEY);
  });
  ui.retry.addEventListener("click", function () {
    var action = state.retryAction;
    if (action) { hideStatus(); action(); }
  });
  ui.reset.addEventListener("click", newConversation);
  if (EMBED) {
    // The widget on the host page opens and closes this frame; it asks for focus on open.
    var closeWidget = function () { window.parent.postMessage({ type: "cna:close" }, "*"); };
    if (ui.close) ui.close.addEventListener("click", closeWidget);
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeWidget(); });
    window.addEventListener("message", function (e) {
      if (e.source === window.parent && e.data && e.data.type === "cna:focus") ui.input.focus();
    });
  }
  document.querySelectorAll(".skip-link").forEach(function (a) {
    a.addEventListener("click", function (e) {
      var target = document.getElementById((a.getAttribute("href") || "").slice(1));
      if (target) { e.preventDefault(); target.focus(); }
    });
  });

  // A question handed over in the URL (links on /sources) wins over a saved draft.
  var params = new URLSearchParams(window.location.search);
  var handed = params.get("q");
  if (handed) {
    ui.input.value = handed.slice(0, 2000);
    window.history.replaceState(null, "", window.location.pathname);
    ui.input.focus();
  } else {
    ui.input.value = storage.get(DRAFT_KEY) || "";
  }
  autosize();
  restore();
})();
