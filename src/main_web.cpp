// The browser host: GLFW window on the page's canvas, Dear ImGui with the OpenGL3 (WebGL2)
// backend, the App, autosave into IndexedDB through IDBFS, and the C entry points behind
// window.cardApp (web/pre.js). What it solves beyond the stock backends:
// - crisp text on high-DPI screens and under browser zoom: it owns the canvas backing size
//   (CSS size x devicePixelRatio), rebuilds the font atlas and scales the style when the
//   ratio changes; ImGui then works in backing pixels, like the mouse events of GLFW;
// - idle: frames are skipped while nothing happens (no input, no async completion);
// - the clipboard: GLFW's is a stub in Emscripten 3.1.6, ours follows the page;
// - a click that arrives together with the move that brought the mouse there (automation,
//   or a very fast hand) is held back one frame, so that ImGui has seen the hover first:
//   tabs and other overlap-allowing items ignore a press on a frame they were not hovered.
#include <emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "io/file_system.h"
#include "io/import.h"
#include "io/json_codec.h"
#include "io/persister.h"
#include "platform/bench_web.h"
#include "platform/fonts_web.h"
#include "platform/platform.h"
#include "platform/test_hooks.h"
#include "ui/app.h"
#include "ui/client_filter.h"
#include "ui/commands.h"
#include "model/requisites.h"
#include "ui/icons.h"
#include "ui/incoming_call.h"
#include "ui/i18n.h"
#include "ui/requisite_checks.h"
#include "ui/shortcuts.h"
#include "ui/style.h"

namespace {

constexpr const char* kDataDir = "/data/store";
constexpr int kFramesAfterEvent = 3;       // input shows up within a frame or two
// A store whose contacts, interactions, interests, contracts and links hold this much or
// more shows its list first and reads them over the next frames, kLoadSliceMs each
// (StorageOptions::defer_min_bytes): at 100k clients the first frame comes seconds earlier.
constexpr uint64_t kDeferMinBytes = 32ull << 20;
constexpr double kLoadSliceMs = 40;
constexpr double kLoadRedrawMs = 100;  // the progress is drawn this often (input draws at once)
constexpr double kActiveTextTickMs = 500;  // caret blink while a text field is active

struct PendingButton {
    int button, action, mods;
};

struct Host {
    GLFWwindow* window = nullptr;
    std::vector<PendingButton> pending_buttons;  // see "a click that arrives together..."
    bool cursor_moved = false;                   // since the last frame began
    bool buttons_deferred = false;               // already held back for one frame
    card::App app;
    card::StdFileSystem fs;
    std::unique_ptr<card::Persister> persister;
    bool storage_ok = true;

    double css_w = 0, css_h = 0, dpr = 0;
    float ui_scale = 1.0f;

    int frames_pending = kFramesAfterEvent;
    int last_event_count = -1;
    double last_draw_ms = 0;
    uint64_t frames = 0;
    double frame_ms = 0;  // CPU time of the last frame, NewFrame to Render
    bool ready_notified = false;
    bool reload_after_rest = false;  // LoadStoredData again once pre.js has the rest (ContinueLoading)
    bool all_data_in_noted = false;  // bench::AllDataInDone was called
    card::SaveState::Kind last_save_kind = card::SaveState::Kind::Saved;
    bool last_writer_gone = false;
    std::string result_buffer;  // returned to JS by the card_* entry points
};

Host& H() {
    static Host host;  // the page's one app
    return host;
}

EM_JS(int, card_js_event_count, (), { return Module.cardEventCount | 0; });
EM_JS(int, card_js_read_only, (), { return Module.cardReadOnly ? 1 : 0; });
// Module[name] as text ("" when unset), in a malloc'd copy (ModuleText frees it).
EM_JS(char*, card_js_module_text, (const char* name), {
    var s = String(Module[UTF8ToString(name)] || "");
    var len = lengthBytesUTF8(s) + 1;
    var p = _malloc(len);
    stringToUTF8(s, p, len);
    return p;
});
std::string ModuleText(const char* name) {
    char* s = card_js_module_text(name);
    std::string out = s ? s : "";
    free(s);
    return out;
}
// web/pre.js: IndexedDB came back without the saved data and /data was restored from the
// second copy (Cache Storage).
EM_JS(int, card_js_restored_from_copy, (), { return Module.cardRestoredFromCopy ? 1 : 0; });
// web/pre.js read a large store in two parts: 1 the rest is in /data too (or there was one
// part), 0 it is still being read, -1 it could not be read (Module.cardRestError says why).
// Asking puts a rest that was read into /data (the browser's work on it happens then).
EM_JS(int, card_js_rest_state, (), { return Module.cardRestPoll ? Module.cardRestPoll() : 1; });
// Whether the rest is still to come, without asking for it (at start-up).
EM_JS(int, card_js_rest_to_come, (), { return Module.cardRestState === 0 ? 1 : 0; });
// The URL's load_defer_kb=N (for tests): defer the rest of a store from N KiB (-1: default).
EM_JS(double, card_js_defer_min_bytes, (), {
    var kb = new URLSearchParams(location.search).get('load_defer_kb');
    return kb !== null && kb.length > 0 && isFinite(+kb) && +kb >= 0 ? Math.floor(+kb * 1024) : -1;
});
// web/pre.js: the writer's Web Lock came to this tab (the writer tab closed).
EM_JS(int, card_js_writer_lock_granted, (), { return Module.cardWriterLockGranted ? 1 : 0; });
// Taking over: IndexedDB -> memory again, then card_storage_reloaded(ok, error).
EM_JS(void, card_js_reload_storage, (), {
    var report = function(err) {
        var msg = err ? String(err.name ? err.name + ": " + (err.message || "") : (err.message || err)) : "";
        Module.ccall('card_storage_reloaded', null, ['number', 'string'], [err ? 0 : 1, msg]);
        if (Module.cardWake) Module.cardWake();
    };
    try {
        Module.cardReloadStorage(report);
    } catch (e) {
        setTimeout(function() { report(e); }, 0);
    }
});
EM_JS(int, card_js_sync_can_overlap, (), {
    return Module.cardSyncCanOverlap && Module.cardSyncCanOverlap() ? 1 : 0;
});
EM_JS(void, card_js_set_read_only, (int read_only), {
    Module.cardReadOnly = !!read_only;
    if (!read_only && Module.cardHideNotice) Module.cardHideNotice();
});
EM_JS(void, card_js_hide_notice, (), {
    if (Module.cardHideNotice) Module.cardHideNotice();
});
EM_JS(void, card_js_notify_ready, (), {
    if (Module.cardNotifyReady) Module.cardNotifyReady();
});
// The page's key listener (capture phase, before the browser acts): preventDefault for the
// keys the shortcut table (ui/shortcuts.h) claims at that moment, so that e.g. Ctrl+2 does
// not also switch the browser's tab and '/' does not open Firefox's quick find. GLFW's own
// listeners still see the event; '/' and '?' are checked as typed characters.
EM_JS(void, card_js_listen_shortcut_keys, (), {
    window.addEventListener('keydown', function(e) {
        if (!Module.calledRun || !Module._card_shortcut_claims_key) return;
        if (Module._card_shortcut_claims_key(e.keyCode | 0, e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0,
                                             e.metaKey ? 1 : 0))
            e.preventDefault();
    }, true);
    window.addEventListener('keypress', function(e) {
        if (!Module.calledRun || !Module._card_shortcut_claims_char) return;
        if (Module._card_shortcut_claims_char(e.charCode | 0, e.ctrlKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0))
            e.preventDefault();
    }, true);
});
EM_JS(void, card_js_notice, (const char* text), {
    if (Module.cardShowNotice) Module.cardShowNotice(UTF8ToString(text));
});

void OnCursorPos(GLFWwindow* window, double x, double y) {
    H().cursor_moved = true;
    ImGui_ImplGlfw_CursorPosCallback(window, x, y);
}

void OnMouseButton(GLFWwindow*, int button, int action, int mods) {
    H().pending_buttons.push_back({button, action, mods});
}

// Hands the held mouse buttons to ImGui, unless the mouse moved since the last frame and
// they have not waited a frame yet (then this frame shows the hover at the new place).
void DeliverMouseButtons(Host& h) {
    const bool moved = h.cursor_moved;
    h.cursor_moved = false;
    if (h.pending_buttons.empty()) return;
    if (moved && !h.buttons_deferred) {
        h.buttons_deferred = true;
        h.frames_pending = std::max(h.frames_pending, kFramesAfterEvent);
        return;
    }
    for (const PendingButton& b : h.pending_buttons) ImGui_ImplGlfw_MouseButtonCallback(h.window, b.button, b.action, b.mods);
    h.pending_buttons.clear();
    h.buttons_deferred = false;
}

const char* GetClipboard(void*) { return card::platform::GetClipboardText(); }
void SetClipboard(void*, const char* text) { card::platform::SetClipboardText(text ? text : ""); }

// Keeps the canvas backing store at CSS size x devicePixelRatio; rebuilds fonts and the
// style when the ratio changes (zoom, moving to another screen).
void UpdateCanvasSize(Host& h) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    if (css_w == h.css_w && css_h == h.css_h && dpr == h.dpr) return;
    const bool dpr_changed = dpr != h.dpr;
    h.css_w = css_w;
    h.css_h = css_h;
    h.dpr = dpr;
    const int bw = static_cast<int>(std::lround(css_w * dpr));
    const int bh = static_cast<int>(std::lround(css_h * dpr));
    glfwSetWindowSize(h.window, bw > 0 ? bw : 1, bh > 0 ? bh : 1);
    if (dpr_changed) {
        h.ui_scale = static_cast<float>(dpr);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        card::fonts::BuildFonts(h.ui_scale);
        ImGui_ImplOpenGL3_CreateFontsTexture();
        card::ApplyStyle(h.ui_scale);
    }
    h.frames_pending = kFramesAfterEvent;
}

void UpdateEnv(Host& h) {
    if (h.persister) h.app.env.save = h.persister->State();
    card::StorageStatusEnv& st = h.app.env.storage;
    st.writer_gone = h.app.env.read_only && card_js_writer_lock_granted() != 0;
    st.retrying = h.app.env.save.kind == card::SaveState::Kind::Saving;
    if (st.writer_gone != h.last_writer_gone) {
        h.last_writer_gone = st.writer_gone;
        if (st.writer_gone) card_js_hide_notice();  // "open in another tab" is no longer true
        h.frames_pending = kFramesAfterEvent;
    }
    if (h.app.env.save.kind != h.last_save_kind) {
        h.last_save_kind = h.app.env.save.kind;
        h.frames_pending = kFramesAfterEvent;
    }
}

void LoadStoredData(Host& h);
void TakeOver(Host& h);

// Reads on in a large store's rest (AppEnv::Loading) for about budget_ms; when it is all
// in (or a damaged shard made the load fall back), the interface gets the final report.
void ContinueLoading(Host& h, double budget_ms) {
    if (!h.app.env.loading.active) return;
    // The first frame comes first: taking the rest in costs the page a moment.
    const int rest = h.ready_notified ? card_js_rest_state() : 0;
    if (rest == 0) return;  // pre.js is still reading it: asked again at the next tick (nothing drawn)
    if (rest < 0) {
        // The rest could not be read: the store is not whole, so it is never saved (the
        // persister goes) and the card keeps waiting; the banner says what to do.
        if (!h.persister) return;
        const std::string error = ModuleText("cardRestError");
        h.persister.reset();
        h.storage_ok = false;
        h.app.env.banner = card::Tr(card::Str::StorageUnavailableBanner) + std::string(" (") + error + ")";
        h.app.env.save.kind = card::SaveState::Kind::Failed;
        h.app.env.save.reason = error;
        return;
    }
    if (h.reload_after_rest) {  // the first part alone did not load: load it all now
        h.reload_after_rest = false;
        LoadStoredData(h);
        return;
    }
    if (!h.persister || !h.persister->LoadPending()) return;
    card::LoadReport finished;
    h.app.journal.Pause();  // nothing of a load is an edit
    const auto r = h.persister->ContinueLoad(h.app.store, budget_ms, finished);
    h.app.journal.Resume();
    h.app.env.loading.fraction = static_cast<float>(h.persister->Storage().PendingFraction());
    if (r == card::StoreStorage::Continue::More) {
        const double now = card::platform::NowMs();
        if (now - h.last_draw_ms >= kLoadRedrawMs) h.frames_pending = std::max(h.frames_pending, 1);
        return;
    }
    h.app.journal.Clear();
    // Done: the collections read now were handed over whole (their versions moved, which
    // is what the caches look at); the clients did not change, so the list keeps its keys.
    if (r == card::StoreStorage::Continue::Reloaded) ++h.app.ui.store_revision;
    h.app.env.loading = {};
    h.app.env.load = finished;
    h.frames_pending = std::max(h.frames_pending, kFramesAfterEvent);
}
// What needs the whole store from outside a frame (the API's export and import) waits here:
// at most a load again from both parts, then the rest of that load. Still loading after it
// only while the rest is on its way from IndexedDB.
void FinishLoading(Host& h) {
    for (int i = 0; i < 3 && h.app.env.loading.active; ++i) ContinueLoading(h, 1e12);
}
void Frame();

// Keys typed right before the page is hidden or closed may still wait in ImGui's input
// queue (no frame has applied them yet): runs frames until they are applied, so that a
// flush saves them.
void ApplyQueuedInput(Host& h) {
    for (int i = 0; i < 8 && GImGui && (!GImGui->InputEventsQueue.empty() || !h.pending_buttons.empty()); ++i) {
        h.frames_pending = std::max(h.frames_pending, 1);
        Frame();
    }
}

// What the interface asked for during the frame (App::requests).
void HandleRequests(Host& h) {
    card::HostRequests& r = h.app.requests;
    if (r.start_over) {
        r.start_over = false;
        if (h.persister && h.persister->Blocked()) {
            h.persister->StartOver(h.app.store);
            h.app.env.load = card::LoadReport{};
            h.app.env.load.ok = true;
        }
    }
    const bool wake = r.take_over || r.retry_save;
    if (r.retry_save) {
        r.retry_save = false;
        if (h.persister) h.persister->RetryNow(h.app.store, card::platform::NowMs());
    }
    if (r.take_over) {
        r.take_over = false;
        TakeOver(h);
    }
    h.frames_pending = std::max(h.frames_pending, wake ? kFramesAfterEvent : 0);
}

// A read-only tab whose writer tab closed becomes the writer: first IndexedDB -> memory
// (what the other tab saved last, also a save it started while closing: IndexedDB runs
// our read after its write transaction), then the store from those files, then writable.
// This tab never had edits of its own (read-only refuses them), so nothing of it is lost.
void TakeOver(Host& h) {
    card::StorageStatusEnv& st = h.app.env.storage;
    if (!h.app.env.read_only || st.taking_over || card_js_writer_lock_granted() == 0) return;
    st.taking_over = true;
    st.take_over_error.clear();
    card_js_reload_storage();
}

void FinishTakeOver(Host& h, bool ok, const std::string& error) {
    card::StorageStatusEnv& st = h.app.env.storage;
    st.taking_over = false;
    h.frames_pending = std::max(h.frames_pending, kFramesAfterEvent);
    if (!ok) {
        st.take_over_error = error.empty() ? std::string("unknown error") : error;
        return;
    }
    card_js_set_read_only(0);
    h.app.env.notice.clear();
    h.app.env.banner.clear();
    h.storage_ok = true;
    LoadStoredData(h);  // a fresh Persister and Load; env.read_only from Module.cardReadOnly
    h.app.ui.list_edit = card::ListFieldEdit{};
}

void Frame() {
    Host& h = H();
    const double now = card::platform::NowMs();
    if (h.persister) h.persister->Tick(h.app.store, now);
    ContinueLoading(h, kLoadSliceMs);
    UpdateEnv(h);
    UpdateCanvasSize(h);

    const int events = card_js_event_count();
    if (events != h.last_event_count) {
        h.last_event_count = events;
        h.frames_pending = kFramesAfterEvent;
    }
    const bool text_active = ImGui::GetIO().WantTextInput;
    if (h.frames_pending <= 0 && !(text_active && now - h.last_draw_ms >= kActiveTextTickMs)) return;
    if (h.frames_pending > 0) --h.frames_pending;
    h.last_draw_ms = now;

    const double t0 = card::platform::NowMs();
    DeliverMouseButtons(h);
    const int queued_input = GImGui->InputEventsQueue.Size;
    card::automation::BeginFrame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    card::platform::PollEvents();
    h.app.Frame();
    HandleRequests(h);
    ImGui::Render();
    card::automation::EndFrame();
    h.frame_ms = card::platform::NowMs() - t0;
    ++h.frames;
    card::bench::FrameDone(t0, h.frame_ms, queued_input);

    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(h.window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.96f, 0.96f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    // ImGui spreads fast input over frames (a click that came with a move takes three),
    // and a tab or popup chosen in one frame shows in the next ones: keep drawing until
    // the input queue is empty, then a few frames more.
    if (!GImGui->InputEventsQueue.empty()) h.frames_pending = std::max(h.frames_pending, kFramesAfterEvent);
    // A moving mouse may still be settling hover; an active widget alone (a text field with
    // its caret) needs no frames beyond the slow caret tick above.
    if (ImGui::GetIO().MouseDelta.x != 0 || ImGui::GetIO().MouseDelta.y != 0)
        h.frames_pending = std::max(h.frames_pending, 1);
    // The client search goes on over frames at 100k clients: draw until its list is complete.
    if (card::ClientListPending(h.app.ui)) h.frames_pending = std::max(h.frames_pending, 1);

    if (!h.ready_notified) {
        h.ready_notified = true;
        card::bench::FirstFrameDone(card::platform::NowMs());
        card_js_notify_ready();
    }
    if (!h.all_data_in_noted && !h.app.env.loading.active) {
        h.all_data_in_noted = true;
        card::bench::AllDataInDone(card::platform::NowMs());
    }
}

void LoadStoredData(Host& h) {
    const std::string storage_error = ModuleText("cardStorageError");
    h.app.env.read_only = card_js_read_only() != 0;
    h.app.env.storage = card::StorageStatusEnv{};
    if (h.app.env.read_only) card_js_notice(card::Tr(card::Str::ReadOnlyBanner));  // also as page text
    if (!storage_error.empty()) {
        // Never sync out after a failed first load: it would mirror an empty folder over
        // whatever IndexedDB still holds.
        h.storage_ok = false;
        h.app.env.banner = card::Tr(card::Str::StorageUnavailableBanner) + std::string(" (") + storage_error + ")";
        h.app.env.save.kind = card::SaveState::Kind::Failed;
        h.app.env.save.reason = storage_error;
        card_js_notice(h.app.env.banner.c_str());
        return;
    }
    card::Persister::Options options;
    // Read in two parts (web/pre.js): the rest's collections are not in /data yet, so the
    // load must leave them for later, whatever their size.
    const bool rest_to_come = card_js_rest_to_come() != 0;
    const double defer = card_js_defer_min_bytes();
    options.storage.defer_min_bytes = rest_to_come ? 1 : defer >= 0 ? static_cast<uint64_t>(defer) : kDeferMinBytes;
    h.persister = std::make_unique<card::Persister>(h.fs, kDataDir, [](card::Persister::SyncDone done) {
        card::platform::SyncStorage([done = std::move(done)](bool ok, const std::string& error) {
            done(ok, error);
            // A hidden page gets no frames: take the result (and save what came meanwhile)
            // now, not at the next frame, so the state and beforeunload are right at once.
            Host& host = H();
            if (host.persister) host.persister->Tick(host.app.store, card::platform::NowMs());
        });
    }, options);
    const card::LoadReport report =
        h.app.LoadStore([&](card::Store& store) { return h.persister->Load(store); });
    // ui/recovery.cpp shows what the load found. When !ok the persister stays blocked
    // (never writes) so the unreadable files stay as they are, until the user starts over.
    h.app.env.load = report;
    h.app.env.loading = {};
    h.app.env.loading.active = report.pending;
    if (rest_to_come && !report.pending) {
        // The newest save did not load from the first part (the previous one, or none,
        // needs files of the rest): nothing of this load counts. It is done again, whole,
        // once the rest is in; meanwhile nothing is shown, saved or changed.
        h.persister.reset();
        h.app.LoadStore([](card::Store& store) {
            store = card::Store{};
            return true;
        });
        h.app.env.load = card::LoadReport{};
        h.app.env.load.ok = true;
        h.app.env.loading.active = true;
        h.reload_after_rest = true;
        return;
    }
    h.app.env.recovery.restored_from_copy = report.ok && !report.fresh && card_js_restored_from_copy() != 0;
    h.persister->SetReadOnly(h.app.env.read_only);
    h.persister->SetOnFirstSave([] { card::platform::RequestPersistentStorage(); });
}

// cardApp.check: the validator of each requisite field, by the kind's name.
struct CheckKind {
    const char* name;
    card::CheckResult (*validate)(std::string_view);
};
constexpr CheckKind kCheckKinds[] = {
    {"inn", card::ValidateInn},     {"kpp", card::ValidateKpp},     {"ogrn", card::ValidateOgrn},
    {"ogrnip", card::ValidateOgrnip}, {"phone", card::ValidatePhone}, {"email", card::ValidateEmail},
    {"website", card::ValidateWebsite},
};

std::string ExpectedKinds() {
    std::string out;
    constexpr size_t n = sizeof kCheckKinds / sizeof kCheckKinds[0];
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) out += (i + 1 == n) ? " or " : ", ";
        out += kCheckKinds[i].name;
    }
    return out;
}

// The visible text of a translated string: the part before "##" (reasons have none, but
// the rule is the UI's).
std::string VisibleText(const char* s) {
    std::string out = s ? s : "";
    const size_t cut = out.find("##");
    if (cut != std::string::npos) out.erase(cut);
    return out;
}

// cardApp.open and stats(): the card's tabs by their API names, in CardTab order.
constexpr const char* kTabApiNames[] = {"main", "interests", "relationships", "contracts"};

bool ParseCardTab(const std::string& name, card::CardTab& out) {
    if (name.empty()) {
        out = card::CardTab::Main;
        return true;
    }
    for (size_t i = 0; i < sizeof kTabApiNames / sizeof kTabApiNames[0]; ++i)
        if (name == kTabApiNames[i]) {
            out = static_cast<card::CardTab>(i);
            return true;
        }
    return false;
}

// The card tab whose content ImGui drew in the last frame, by its API name: read from the
// tab bar itself (the tab items are "<label>###tab_<name>", client_card.cpp), so it tells
// what the user sees, not what was asked for. "" when no card was drawn.
std::string DrawnCardTab() {
    ImGuiContext& g = *GImGui;
    for (int n = 0; n < g.TabBars.GetMapSize(); ++n) {
        ImGuiTabBar* bar = g.TabBars.TryGetMapData(n);
        if (!bar || bar->CurrFrameVisible != g.FrameCount || bar->VisibleTabId == 0) continue;
        ImGuiTabItem* tab = ImGui::TabBarFindTabByID(bar, bar->VisibleTabId);
        if (!tab) continue;
        const char* name = ImGui::TabBarGetTabName(bar, tab);
        const char* id = name ? std::strstr(name, "###tab_") : nullptr;
        if (!id) continue;
        id += 7;
        for (const char* api : kTabApiNames)
            if (std::strcmp(id, api) == 0) return api;
    }
    return "";
}

// cardApp.importJson / importBytes: {ok, error, added, updated, removed}.
const char* ImportResultJson(const card::ImportResult& r) {
    card::Json out = card::Json::object();
    out["ok"] = r.ok;
    out["error"] = r.error;
    out["added"] = r.summary.TotalAdded();
    out["updated"] = r.summary.TotalUpdated();
    out["removed"] = r.summary.TotalRemoved();
    H().frames_pending = kFramesAfterEvent;
    H().result_buffer = card::DumpJson(out);
    return H().result_buffer.c_str();
}

const char* card_import_text(std::string_view text, bool replace) {
    return ImportResultJson(H().app.ImportJson(text, replace ? card::ImportMode::Replace : card::ImportMode::Merge));
}

// cardApp.importBytes' file, fed in pieces (card_import_begin / _feed / _finish).
std::unique_ptr<card::ImportReader>& ApiImport() {
    static std::unique_ptr<card::ImportReader> reader;
    return reader;
}

}  // namespace

extern "C" {

// Asked by the key listener (card_js_listen_shortcut_keys) for every key event.
EMSCRIPTEN_KEEPALIVE int card_shortcut_claims_key(int key_code, int ctrl, int shift, int alt, int meta) {
    return card::ShortcutClaimsDomKey(key_code, ctrl != 0, shift != 0, alt != 0, meta != 0, card::TextFieldActive());
}
EMSCRIPTEN_KEEPALIVE int card_shortcut_claims_char(int ch, int ctrl, int alt, int meta) {
    return card::ShortcutClaimsChar(static_cast<unsigned>(ch), ctrl != 0, alt != 0, meta != 0,
                                    card::TextFieldActive());
}

EMSCRIPTEN_KEEPALIVE const char* card_export_json() {
    FinishLoading(H());
    // The rest of a large store is still on its way from IndexedDB: "" (web/pre.js refuses).
    if (H().app.env.loading.active) return "";
    H().result_buffer = H().app.ExportJson();
    return H().result_buffer.c_str();
}

// cardApp.exportBlob: the same text in pieces (Module.cardPieces, made into one Blob by
// web/pre.js), never whole in the heap. 0 (nothing written) while the rest is on its way.
// `piece_bytes` 0: the Export JSON command's pieces (the benchmark tries others).
EMSCRIPTEN_KEEPALIVE int card_export_pieces(double piece_bytes) {
    FinishLoading(H());
    if (H().app.env.loading.active) return 0;
    card::ExportAllToPieces(H().app, card::platform::Now(),
                            piece_bytes > 0 ? static_cast<size_t>(piece_bytes) : card::kExportPieceBytes);
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* card_import_json(const char* text, int replace) {
    FinishLoading(H());
    return card_import_text(text ? text : "", replace != 0);
}

// cardApp.importBytes: the file's bytes as they are (invalid UTF-8 included), as the
// file picker hands them to the import: in pieces, so that a large file is never whole in
// the heap. begin(size), then feed(piece) while it returns 1, then finish(replace).
EMSCRIPTEN_KEEPALIVE void card_import_begin(double file_bytes) {
    ApiImport() = std::make_unique<card::ImportReader>(static_cast<int64_t>(file_bytes));
}
EMSCRIPTEN_KEEPALIVE int card_import_feed(const char* bytes, int length) {
    auto& reader = ApiImport();
    return reader && reader->Feed(std::string_view(bytes ? bytes : "", bytes && length > 0 ? size_t(length) : 0)) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* card_import_finish(int replace) {
    std::unique_ptr<card::ImportReader> reader = std::move(ApiImport());
    if (!reader) {
        card::ImportResult none;
        none.error = "no file is being imported";
        return ImportResultJson(none);
    }
    reader->Finish();
    FinishLoading(H());
    return ImportResultJson(H().app.ImportFile(*reader, replace ? card::ImportMode::Replace : card::ImportMode::Merge));
}

EMSCRIPTEN_KEEPALIVE const char* card_locate(const char* label) {
    card::automation::Rect r;
    Host& h = H();
    if (!label || !card::automation::Locate(label, r)) return "";
    const double s = h.dpr > 0 ? h.dpr : 1.0;
    char buf[160];
    std::snprintf(buf, sizeof buf, "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f}", r.x / s, r.y / s, r.w / s,
                  r.h / s);
    h.result_buffer = buf;
    return h.result_buffer.c_str();
}

// {ok, message, normalized, reason}: the field's own validator; `message` is the reason
// as the field shows it, in the current UI language ("" when ok).
EMSCRIPTEN_KEEPALIVE const char* card_check(const char* kind, const char* value) {
    Host& h = H();
    const std::string k = kind ? kind : "";
    card::Json out = card::Json::object();
    const CheckKind* found = nullptr;
    for (const CheckKind& c : kCheckKinds)
        if (k == c.name) found = &c;
    if (!found) {
        out["ok"] = false;
        out["message"] = "unknown kind " + card::QuoteForMessage(k) + " (expected " + ExpectedKinds() + ")";
        out["normalized"] = "";
        out["reason"] = "";
    } else {
        const card::CheckResult r = found->validate(value ? value : "");
        out["ok"] = r.ok();
        out["message"] = r.ok() ? std::string() : VisibleText(card::Tr(card::CheckReasonStr(r.reason)));
        out["normalized"] = r.normalized;
        out["reason"] = card::CheckReasonId(r.reason);
    }
    h.result_buffer = card::DumpJson(out);
    return h.result_buffer.c_str();
}

// Selects the client and shows its card on `tab` ("" = main), as a click in the list and
// on the tab would; {ok} or {ok:false, error}.
EMSCRIPTEN_KEEPALIVE const char* card_open(const char* client_id, const char* tab) {
    Host& h = H();
    const std::string id = client_id ? client_id : "";
    const std::string tab_name = tab ? tab : "";
    card::Json out = card::Json::object();
    card::CardTab t = card::CardTab::Main;
    if (!h.app.store.clients.Find(id)) {
        out["ok"] = false;
        out["error"] = "no client with id " + card::QuoteForMessage(id);
    } else if (!ParseCardTab(tab_name, t)) {
        out["ok"] = false;
        out["error"] = "unknown tab " + card::QuoteForMessage(tab_name) +
                       " (expected main, interests, relationships or contracts)";
    } else {
        h.app.ui.SelectClient(id);
        h.app.ui.SelectTab(t);
        h.frames_pending = std::max(h.frames_pending, kFramesAfterEvent);
        out["ok"] = true;
    }
    h.result_buffer = card::DumpJson(out);
    return h.result_buffer.c_str();
}

// cardApp.lookupPhone: who has this number, as the incoming-call window finds it (a JSON
// array of matches, best first; README, Automation API).
EMSCRIPTEN_KEEPALIVE const char* card_lookup_phone(const char* text) {
    Host& h = H();
    h.result_buffer = card::LookupPhoneJson(h.app.store, h.app.ui, text ? text : "");
    return h.result_buffer.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* card_stats() {
    Host& h = H();
    const card::Store& s = h.app.store;
    card::Json out = card::Json::object();
    out["frames"] = h.frames;
    out["frameMs"] = h.frame_ms;
    out["heapBytes"] = static_cast<double>(EM_ASM_DOUBLE({ return HEAPU8.length; }));
    out["dirty"] = s.HasChanges() || h.app.env.save.kind != card::SaveState::Kind::Saved;
    out["lastSaveMs"] = h.app.env.save.last_save_ms;
    out["readOnly"] = h.app.env.read_only;
    // A large store's rest still being read (AppEnv::Loading): the fraction read, else absent.
    if (h.app.env.loading.active) out["loading"] = h.app.env.loading.fraction;
    // A picked file still arriving in pieces (the import dialog shows its progress).
    out["importReading"] = h.app.ui.import.reading;
    {  // where ImGui thinks the mouse is: tests print it when a click goes astray
        const ImGuiContext& g = *GImGui;
        const double dpr = h.dpr > 0 ? h.dpr : 1.0;
        out["mouse"] = {g.IO.MousePos.x / dpr, g.IO.MousePos.y / dpr};
        out["hoveredWindow"] = g.HoveredWindow ? g.HoveredWindow->Name : "";
        out["hoveredId"] = g.HoveredId;
        out["activeId"] = g.ActiveId;
        out["inputQueue"] = g.InputEventsQueue.Size + static_cast<int>(h.pending_buttons.size());
    }
    {  // what the card shows: the selected client, the tab asked for and the tab drawn
        out["selectedClient"] = h.app.ui.selected_id;
        out["tab"] = kTabApiNames[static_cast<int>(h.app.ui.tab)];
        out["cardTab"] = DrawnCardTab();
        out["lang"] = card::LanguageCode(card::CurrentLanguage());
    }
    for (size_t i = 0; i < card::kCollectionCount; ++i) {
        const auto c = static_cast<card::CollectionId>(i);
        out[card::CollectionName(c)] = s.Count(c);
    }
    h.result_buffer = card::DumpJson(out);
    return h.result_buffer.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* card_save_state() {
    using K = card::SaveState::Kind;
    Host& h = H();
    UpdateEnv(h);
    if (!h.persister) return h.storage_ok ? "saved" : "failed";
    switch (h.app.env.save.kind) {
        case K::Saved: return h.app.store.HasChanges() ? "unsaved" : "saved";
        case K::Saving: return "saving";
        case K::Unsaved: return "unsaved";
        case K::Failed: return "failed";
    }
    return "failed";
}

EMSCRIPTEN_KEEPALIVE const char* card_save_error() {
    Host& h = H();
    h.result_buffer = h.persister ? h.persister->State().reason : h.app.env.banner;
    return h.result_buffer.c_str();
}

// The end of card_js_reload_storage (taking over from a closed writer tab).
EMSCRIPTEN_KEEPALIVE void card_storage_reloaded(int ok, const char* error) {
    FinishTakeOver(H(), ok != 0, error ? error : "");
}

EMSCRIPTEN_KEEPALIVE void card_flush() {
    Host& h = H();
    ApplyQueuedInput(h);
    if (h.persister) h.persister->Flush(h.app.store, card::platform::NowMs());
}

// The page is being hidden or closed (web/pre.js visibilitychange / beforeunload).
EMSCRIPTEN_KEEPALIVE void card_flush_closing() {
    Host& h = H();
    ApplyQueuedInput(h);
    if (h.persister) h.persister->FlushClosing(h.app.store, card::platform::NowMs(), card_js_sync_can_overlap() != 0);
}

EMSCRIPTEN_KEEPALIVE int card_has_unsaved() {
    Host& h = H();
    if (!h.persister || h.app.env.read_only) return 0;
    return h.persister->HasUnsavedChanges(h.app.store) ? 1 : 0;
}

}  // extern "C"

int main() {
    Host& h = H();
    if (!glfwInit()) {
        EM_ASM({ if (Module.onAbort) Module.onAbort('GLFW could not start'); });
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    h.window = glfwCreateWindow(1280, 800, "Client Card", nullptr, nullptr);
    if (!h.window) {
        EM_ASM({ if (Module.onAbort) Module.onAbort('WebGL 2 context could not be created'); });
        return 1;
    }
    glfwMakeContextCurrent(h.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    card::automation::Enable(ImGui::GetCurrentContext());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is not worth persisting, and never into /data
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(h.window, true);
    glfwSetCursorPosCallback(h.window, OnCursorPos);
    glfwSetMouseButtonCallback(h.window, OnMouseButton);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    io.GetClipboardTextFn = GetClipboard;
    io.SetClipboardTextFn = SetClipboard;

    LoadStoredData(h);
    UpdateCanvasSize(h);
    card::bench::Attach(&h.app);

    card_js_listen_shortcut_keys();
    emscripten_set_main_loop(Frame, 0, false);
    return 0;
}
