// The browser side of platform.h: everything that talks to JavaScript lives here (EM_JS
// for calls into JS; no backslash escapes inside EM_JS, they reach the JS mangled, EMSCRIPTEN_KEEPALIVE functions for the calls back).
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>

#include "platform/platform.h"

namespace {

struct PendingPick {
    int token;
    card::platform::PickedFile file;
};

struct PendingFetch {
    int token;
    std::string bytes, error;
};

struct WebState {
    std::string clipboard;
    card::platform::SyncDone sync_done;
    int next_pick_token = 1;
    std::map<int, card::platform::FilePicked> pick_callbacks;
    std::deque<PendingPick> picked;
    int pieces_token = 0;  // PickFileInPieces: the file being read (0: none)
    card::platform::FileInPieces pieces;
    int next_fetch_token = 1;
    std::map<int, card::platform::Fetched> fetch_callbacks;
    std::deque<PendingFetch> fetched;
};

WebState& Web() {
    static WebState state;  // the browser page is one process-wide thing
    return state;
}

}  // namespace

EM_JS(double, card_js_date_now, (), { return Date.now(); });
EM_JS(int, card_js_tz_offset_min, (), { return -new Date().getTimezoneOffset(); });

EM_JS(int, card_js_language_is_ru, (), {
    var q = new URLSearchParams(window.location.search).get('lang');
    if (q === 'ru') return 1;
    if (q === 'en') return 0;
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < langs.length; i++) {
        var l = String(langs[i]).toLowerCase();
        var p = l.slice(0, 2);
        if (p === 'ru' || p === 'uk' || p === 'be' || p === 'kk') return 1;
        if (p === 'en') return 0;
    }
    return 0;
});

EM_JS(void, card_js_set_lang_in_url, (const char* lang), {
    try {
        var url = new URL(window.location.href);
        url.searchParams.set('lang', UTF8ToString(lang));
        window.history.replaceState(null, "", url.toString());
    } catch (e) {}
});

EM_JS(void, card_js_pieces_begin, (), { Module.cardPieces = []; Module.cardPiecesError = ""; });
// Each piece becomes a Blob of its own at once (the bytes leave the heap, and the JS heap:
// Chromium keeps large Blobs in the browser process); the file is a Blob of those. A piece
// the browser refuses (out of memory or disk) spoils the file: Module.cardPiecesError.
EM_JS(void, card_js_pieces_add, (const char* data, int len), {
    if (Module.cardPiecesError) return;
    try {
        Module.cardPieces.push(new Blob([HEAPU8.subarray(data, data + len)]));
    } catch (e) {
        Module.cardPiecesError = String(e && e.message || e);
        Module.cardPieces = [];
    }
});
EM_JS(int, card_js_pieces_download, (const char* name, const char* mime), {
    var error = Module.cardPiecesError;
    var pieces = Module.cardPieces || [];
    Module.cardPieces = null;
    if (error) {
        var ru = window.cardBoot && window.cardBoot.text("ru", "en") === "ru";
        if (Module.cardShowError)
            Module.cardShowError(ru ? 'Файл не удалось создать (' + error + '); ничего не скачано.'
                                    : 'The file could not be made (' + error + '); nothing was downloaded.');
        return 0;
    }
    var url = URL.createObjectURL(new Blob(pieces, {type: UTF8ToString(mime)}));
    Module.cardClickAnchor(url, UTF8ToString(name));
    setTimeout(function() { URL.revokeObjectURL(url); }, 1000);
    return 1;
});

// `pieces`: the file is read in slices of Module.cardImportPieceBytes (web/pre.js) handed
// over one at a time (PickFileInPieces: card_file_begin, card_file_piece while it answers
// 1, card_file_end), else whole (card_file_picked).
EM_JS(void, card_js_pick_file, (const char* accept, int token, double max_bytes, int pieces), {
    var input = document.getElementById('card-file-input');
    if (!input) {
        input = document.createElement('input');
        input.type = 'file';
        input.id = 'card-file-input';
        input.style.display = 'none';
        document.body.appendChild(input);
    }
    input.accept = UTF8ToString(accept);
    input.value = "";
    input.onchange = function() {
        var file = input.files && input.files[0];
        if (!file) return;
        var deliver = function(bytes, tooLarge) {
            var ptr = Module._malloc(bytes.length || 1);
            HEAPU8.set(bytes, ptr);
            var nameLen = lengthBytesUTF8(file.name) + 1;
            var namePtr = Module._malloc(nameLen);
            stringToUTF8(file.name, namePtr, nameLen);
            var mime = file.type || "";
            var mimeLen = lengthBytesUTF8(mime) + 1;
            var mimePtr = Module._malloc(mimeLen);
            stringToUTF8(mime, mimePtr, mimeLen);
            Module._card_file_picked(token, namePtr, mimePtr, ptr, bytes.length, file.size, tooLarge ? 1 : 0);
            Module._free(mimePtr);
            Module._free(namePtr);
            Module._free(ptr);
            if (Module.cardWake) Module.cardWake();
        };
        var withString = function(text, fn) {
            var len = lengthBytesUTF8(text) + 1;
            var p = Module._malloc(len);
            stringToUTF8(text, p, len);
            try { return fn(p); } finally { Module._free(p); }
        };
        if (pieces) {
            var PIECE = Module.cardImportPieceBytes;  // web/pre.js
            var end = function(error) {
                withString(error, function(p) { Module._card_file_end(token, p); });
                if (Module.cardWake) Module.cardWake();
            };
            var next = function(at) {
                if (at >= file.size) { end(""); return; }
                file.slice(at, Math.min(at + PIECE, file.size)).arrayBuffer().then(function(buf) {
                    var bytes = new Uint8Array(buf);
                    var ptr = Module._malloc(bytes.length || 1);
                    HEAPU8.set(bytes, ptr);
                    var more = Module._card_file_piece(token, ptr, bytes.length);
                    Module._free(ptr);
                    if (Module.cardWake) Module.cardWake();
                    if (more) next(at + bytes.length);
                }, function(err) { end(String(err && err.message || err)); });
            };
            var go = withString(file.name, function(p) { return Module._card_file_begin(token, p, file.size); });
            if (Module.cardWake) Module.cardWake();
            if (go) next(0);
            return;
        }
        if (max_bytes > 0 && file.size > max_bytes) { deliver(new Uint8Array(0), true); return; }
        file.arrayBuffer().then(function(buf) { deliver(new Uint8Array(buf), false); }, function(err) {
            if (Module.cardShowError) Module.cardShowError('Could not read the file: ' + err);
        });
    };
    input.click();
});

// A Blob URL in a new tab; when the browser blocks the tab, the file is downloaded instead.
// Text without a declared charset is shown as UTF-8 (browsers would guess Latin-1).
EM_JS(void, card_js_open_file, (const char* name, const char* mime, const char* data, int len), {
    var bytes = HEAPU8.slice(data, data + len);
    var type = UTF8ToString(mime) || 'application/octet-stream';
    if (/^text[/]/i.test(type) && !/charset=/i.test(type)) type += ';charset=utf-8';
    var blob = new Blob([bytes], {type: type});
    var url = URL.createObjectURL(blob);
    var w = null;
    try { w = window.open(url, '_blank'); } catch (e) { w = null; }
    if (!w) Module.cardClickAnchor(url, UTF8ToString(name));
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
});

EM_JS(int, card_js_get_setting_len, (const char* key), {
    try {
        var v = window.localStorage.getItem('card.' + UTF8ToString(key));
        return v === null ? -1 : lengthBytesUTF8(v);
    } catch (e) { return -1; }
});

EM_JS(void, card_js_get_setting, (const char* key, char* out, int size), {
    try {
        var v = window.localStorage.getItem('card.' + UTF8ToString(key)) || "";
        stringToUTF8(v, out, size);
    } catch (e) { stringToUTF8("", out, size); }
});

EM_JS(void, card_js_set_setting, (const char* key, const char* value), {
    try { window.localStorage.setItem('card.' + UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

// fetch() of a file beside the page; the answer goes to card_fetched (bytes, or an error:
// "missing" for a 404, "HTTP <status>", "timeout" after 30 s, or the network's reason).
EM_JS(void, card_js_fetch, (const char* url, int token), {
    var deliver = function(bytes, error) {
        var ptr = Module._malloc(bytes.length || 1);
        HEAPU8.set(bytes, ptr);
        var len = lengthBytesUTF8(error) + 1;
        var errPtr = Module._malloc(len);
        stringToUTF8(error, errPtr, len);
        Module._card_fetched(token, ptr, bytes.length, errPtr);
        Module._free(errPtr);
        Module._free(ptr);
        if (Module.cardWake) Module.cardWake();
    };
    var abort = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function() { if (abort) abort.abort(); }, 30000);
    fetch(UTF8ToString(url), abort ? {signal: abort.signal} : {}).then(function(r) {
        if (!r.ok) throw new Error(r.status === 404 ? 'missing' : 'HTTP ' + r.status);
        return r.arrayBuffer();
    }).then(function(buf) { clearTimeout(timer); deliver(new Uint8Array(buf), ""); },
            function(e) {
                clearTimeout(timer);
                deliver(new Uint8Array(0), e && e.name === 'AbortError' ? 'timeout' : String(e && e.message || e));
            });
});

EM_JS(void, card_js_open_url, (const char* url), {
    var u = UTF8ToString(url);
    if (/^https?:/i.test(u)) { window.open(u, '_blank', 'noopener'); return; }
    Module.cardClickAnchor(u);
});

EM_JS(void, card_js_clipboard_write, (const char* text), {
    try {
        if (navigator.clipboard && navigator.clipboard.writeText)
            navigator.clipboard.writeText(UTF8ToString(text)).catch(function() {});
    } catch (e) {}
});

// Module.cardSyncOut (web/pre.js): FS.syncfs(false) with IDBFS's lost-callback and
// partial-commit bugs fixed. The error reaches C++ as "<name>: <message>" so that e.g.
// QuotaExceededError is recognized by name (Persister::IsStorageFullError).
EM_JS(void, card_js_syncfs, (), {
    var report = function(err) {
        var msg = "";
        if (err) {
            var name = err.name ? String(err.name) : "";
            var text = err.message ? String(err.message) : (err.errno !== undefined ? "errno " + err.errno : String(err));
            msg = name && text.indexOf(name) < 0 ? name + ": " + text : (text || name);
        }
        Module.ccall('card_sync_done', null, ['number', 'string'], [err ? 0 : 1, msg]);
        if (Module.cardWake) Module.cardWake();
    };
    try {
        var sync = Module.cardSyncOut || function(cb) { FS.syncfs(false, cb); };
        sync(report);
    } catch (e) {
        setTimeout(function() { report(e); }, 0);
    }
});

EM_JS(void, card_js_persist, (), {
    try {
        if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function() {});
    } catch (e) {}
});

extern "C" {

EMSCRIPTEN_KEEPALIVE void card_sync_done(int ok, const char* error) {
    auto done = std::move(Web().sync_done);
    Web().sync_done = nullptr;
    if (done) done(ok != 0, error ? error : "");
}

EMSCRIPTEN_KEEPALIVE void card_file_picked(int token, const char* name, const char* mime, const char* data, int len,
                                           double size, int too_large) {
    PendingPick p{token, {}};
    p.file.name = name ? name : "";
    p.file.mime = mime ? mime : "";
    p.file.bytes.assign(data, data + (len > 0 ? len : 0));
    p.file.size = static_cast<int64_t>(size);
    p.file.too_large = too_large != 0;
    Web().picked.push_back(std::move(p));
}

EMSCRIPTEN_KEEPALIVE int card_file_begin(int token, const char* name, double size) {
    auto& web = Web();
    if (token != web.pieces_token || !web.pieces.begin) return 0;
    if (web.pieces.begin(name ? name : "", static_cast<int64_t>(size))) return 1;
    web.pieces_token = 0;
    return 0;
}
EMSCRIPTEN_KEEPALIVE int card_file_piece(int token, const char* data, int len) {
    auto& web = Web();
    if (token != web.pieces_token || !web.pieces.piece) return 0;
    if (web.pieces.piece(std::string_view(data, len > 0 ? static_cast<size_t>(len) : 0))) return 1;
    web.pieces_token = 0;
    return 0;
}
EMSCRIPTEN_KEEPALIVE void card_file_end(int token, const char* error) {
    auto& web = Web();
    if (token != web.pieces_token) return;
    web.pieces_token = 0;
    if (web.pieces.end) web.pieces.end(error ? error : "");
}

EMSCRIPTEN_KEEPALIVE void card_fetched(int token, const char* data, int len, const char* error) {
    Web().fetched.push_back({token, std::string(data, data + (len > 0 ? len : 0)), error ? error : ""});
}

// Text pasted into the page (DOM paste event): becomes ImGui's clipboard content.
EMSCRIPTEN_KEEPALIVE void card_set_clipboard_from_page(const char* text) {
    Web().clipboard = text ? text : "";
}

}  // extern "C"

namespace card::platform {

double NowMs() { return emscripten_get_now(); }

Moment Now() {
    Moment m;
    m.utc_ms = static_cast<int64_t>(card_js_date_now());
    m.offset_min = static_cast<int16_t>(card_js_tz_offset_min());
    return m;
}

std::string PreferredLanguage() { return card_js_language_is_ru() ? "ru" : "en"; }
void SetLanguageInUrl(const std::string& lang) { card_js_set_lang_in_url(lang.c_str()); }

void DownloadFile(const std::string& file_name, const std::string& mime, const std::string& bytes) {
    PiecesBegin();
    PiecesAdd(bytes);
    PiecesDownload(file_name, mime);
}

void PiecesBegin() { card_js_pieces_begin(); }
void PiecesAdd(std::string_view bytes) { card_js_pieces_add(bytes.data(), static_cast<int>(bytes.size())); }
bool PiecesDownload(const std::string& file_name, const std::string& mime) {
    return card_js_pieces_download(file_name.c_str(), mime.c_str()) != 0;
}

void OpenFile(const std::string& file_name, const std::string& mime, const std::string& bytes) {
    card_js_open_file(file_name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void PickFile(const std::string& accept, FilePicked done, int64_t max_bytes) {
    const int token = Web().next_pick_token++;
    Web().pick_callbacks.clear();  // one picker at a time: a cancelled one never calls back
    Web().pieces_token = 0;
    Web().pick_callbacks[token] = std::move(done);
    card_js_pick_file(accept.c_str(), token, static_cast<double>(max_bytes), 0);
}

void PickFileInPieces(const std::string& accept, FileInPieces handlers) {
    auto& web = Web();
    web.pick_callbacks.clear();  // one picker at a time
    web.pieces_token = web.next_pick_token++;
    web.pieces = std::move(handlers);
    card_js_pick_file(accept.c_str(), web.pieces_token, 0, 1);
}

namespace {
// Hands each answer in `queue` to the callback waiting under its token, once (`call` makes
// the call); an answer nobody waits for any more (a picker replaced by another) is dropped.
template <class Answer, class Callback, class Call>
void Deliver(std::deque<Answer>& queue, std::map<int, Callback>& waiting, Call call) {
    while (!queue.empty()) {
        Answer answer = std::move(queue.front());
        queue.pop_front();
        auto it = waiting.find(answer.token);
        if (it == waiting.end()) continue;
        Callback cb = std::move(it->second);
        waiting.erase(it);
        if (cb) call(cb, answer);
    }
}
}  // namespace

void PollEvents() {
    auto& web = Web();
    Deliver(web.picked, web.pick_callbacks, [](FilePicked& cb, PendingPick& pick) { cb(pick.file); });
    Deliver(web.fetched, web.fetch_callbacks,
            [](Fetched& cb, PendingFetch& f) { cb(std::move(f.bytes), f.error); });
}

void FetchFile(const std::string& url, Fetched done) {
    const int token = Web().next_fetch_token++;
    Web().fetch_callbacks[token] = std::move(done);
    card_js_fetch(url.c_str(), token);
}

void OpenUrl(const std::string& url) { card_js_open_url(url.c_str()); }

std::string GetSetting(const std::string& key) {
    const int len = card_js_get_setting_len(key.c_str());
    if (len <= 0) return {};
    std::string out(static_cast<size_t>(len) + 1, '\0');
    card_js_get_setting(key.c_str(), out.data(), len + 1);
    out.resize(static_cast<size_t>(len));
    return out;
}

void SetSetting(const std::string& key, const std::string& value) { card_js_set_setting(key.c_str(), value.c_str()); }

void SetClipboardText(const std::string& text) {
    Web().clipboard = text;
    card_js_clipboard_write(text.c_str());
}
const char* GetClipboardText() { return Web().clipboard.c_str(); }

void SyncStorage(SyncDone done) {
    Web().sync_done = std::move(done);
    card_js_syncfs();
}

void RequestPersistentStorage() { card_js_persist(); }

}  // namespace card::platform
