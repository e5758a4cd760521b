// Frame times of the interface with a big dataset loaded (issue 7), natively and headless
// (as the UI tests drive App: tests/unit/ui_harness.h). Usage:
//   bench_ui_frames DATASET.json [CLIENT_ID]
// Imports the file (ApplyImport through App::ImportJson), opens the client (default
// cl-000001, the biggest card of the generated datasets) and prints:
// - per keystroke: the CPU time of the frame that applies it (filtering + drawing), typing
//   a client's name, an INN, phone digits and a contact person's name into the search;
//   and the frames after it until the list is complete (a filter pass that does not fit
//   the frame's budget goes on over the next frames);
// - frame time p50/p95/max while scrolling the timeline and the client list, and idle;
// - the phone index update after one client edit, and the frame after that edit.
// Times are this thread's CPU time (the machine may be shared). Figures are printed, never
// asserted.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <time.h>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/phone_index.h"
#include "platform/test_hooks.h"
#include "ui/app.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/style.h"
#include "bench_util.h"

using namespace card;
using namespace card::bench;

namespace {

// This thread's CPU time in ms: the machine is shared, wall time would count other
// processes' turns.
double CpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double FrameMs(App& app) {
    const double t0 = CpuMs();
    card::automation::BeginFrame();
    ImGui::NewFrame();
    app.Frame();
    ImGui::Render();
    card::automation::EndFrame();
    return CpuMs() - t0;
}

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
    size_t n = 0;
};
Stats Summarize(std::vector<double> v) {
    Stats s;
    s.n = v.size();
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * (v.size() - 1) + 0.5))]; };
    s.p50 = at(0.5);
    s.p95 = at(0.95);
    s.max = v.back();
    return s;
}
void Print(const char* what, const std::vector<double>& v) {
    const Stats s = Summarize(v);
    std::printf("%-34s n=%4zu  p50 %7.3f ms  p95 %7.3f ms  max %7.3f ms\n", what, s.n, s.p50, s.p95, s.max);
}

// The child window whose name contains `part` (e.g. "##client_list"), or null.
ImGuiWindow* FindWindow(const char* part) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->Active && std::strstr(w->Name, part)) return w;
    return nullptr;
}

// What typing one key cost: the frame that took it, then the frames that completed the
// list (the filter pass goes on over frames when a frame's budget is not enough).
struct KeyCost {
    double key_frame = 0;   // the frame with the keystroke
    double max_after = 0;   // the longest frame after it until the list was complete
    double total = 0;       // all those frames together
    int frames_after = 0;
};

// Types `text` (UTF-8, one code point per keystroke) into the search; returns per-key costs.
// After each key, frames are drawn until the list is complete (as the host does while
// ClientListPending), before the next key.
std::vector<KeyCost> TypeIntoSearch(App& app, const std::string& text) {
    app.ui.search.clear();
    app.ui.list.focus_search = true;
    for (int i = 0; i < 3; ++i) FrameMs(app);
    std::vector<KeyCost> costs;
    for (size_t i = 0; i < text.size();) {
        size_t n = 1;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xF0) n = 4;
        else if (c >= 0xE0) n = 3;
        else if (c >= 0xC0) n = 2;
        ImGui::GetIO().AddInputCharactersUTF8(text.substr(i, n).c_str());
        KeyCost k;
        k.key_frame = k.total = FrameMs(app);
        while (ClientListPending(app.ui) && k.frames_after < 10000) {
            const double t = FrameMs(app);
            k.max_after = std::max(k.max_after, t);
            k.total += t;
            ++k.frames_after;
        }
        costs.push_back(k);
        i += n;
    }
    // Clear the box again (Ctrl+A, Delete as a user would; here directly).
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, true);
    FrameMs(app);
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, false);
    app.ui.search.clear();
    FrameMs(app);
    FrameMs(app);
    return costs;
}

std::vector<double> Scroll(App& app, const char* window_part, int frames) {
    std::vector<double> times;
    ImGuiWindow* w = FindWindow(window_part);
    if (!w) {
        std::printf("(no window %s drawn)\n", window_part);
        return times;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(w->Pos.x + w->Size.x * 0.5f, w->Pos.y + w->Size.y * 0.5f);
    FrameMs(app);
    for (int i = 0; i < frames; ++i) {
        io.AddMouseWheelEvent(0, (i / 60) % 2 == 0 ? -3.0f : 3.0f);  // down a second, then back
        times.push_back(FrameMs(app));
    }
    return times;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATASET.json [CLIENT_ID]\n", argv[0]);
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
    const std::string client_id = argc > 2 ? argv[2] : "cl-000001";
    std::string text;
    if (!ReadWholeFile(argv[1], text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }

    ImGuiContext* ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
    ApplyStyle(1.0f);
    card::automation::Enable(ctx);

    App app;
    app.SetLanguage("ru");
    auto t0 = Clock::now();
    const ImportResult r = app.ImportJson(text, ImportMode::Replace);
    std::printf("import %.0f ms: %s  (%zu clients, %zu contacts, %zu interactions)\n", Ms(t0, Clock::now()),
                r.ok ? "ok" : r.error.c_str(), app.store.clients.size(), app.store.contacts.size(),
                app.store.interactions.size());
    if (!r.ok) return 1;
    size_t bad = 0;
    for (const Client& c : app.store.clients.All()) bad += app.store.clients.Find(c.id) != &c;
    if (bad) {
        std::printf("the store's index is inconsistent after the import (%zu clients)\n", bad);
        return 1;
    }
    app.ui.SelectClient(client_id);
    std::vector<double> first;
    for (int i = 0; i < 5; ++i) first.push_back(FrameMs(app));
    std::printf("first frames after import (ms):");
    for (double f : first) std::printf(" %.1f", f);
    std::printf("\n");

    // A name, an INN, phone digits and a contact person's name of clients in the data.
    const Client* mid = app.store.clients.Find("cl-050001");
    if (!mid) mid = &app.store.clients[app.store.clients.size() / 2];
    std::string name = mid->name.substr(0, std::min<size_t>(mid->name.size(), 24));
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
    std::string digits;
    for (const std::string& p : mid->phones)
        for (char c : p)
            if (c >= '0' && c <= '9') digits.push_back(c);
    if (digits.size() > 11) digits.resize(11);
    std::string contact = "Белова";
    const auto& owned = app.store.contacts.OwnedBy(mid->id);
    if (!owned.empty()) {
        const std::string& n = app.store.contacts[owned[0]].name;
        contact = n.substr(0, n.find(' ') == std::string::npos ? n.size() : n.find(' '));
    }
    struct Query {
        const char* what;
        std::string text;
    } queries[] = {{"type a name", name}, {"type an INN", mid->inn}, {"type phone digits", digits}, {"type a contact name", contact}};
    for (const Query& q : queries) {
        char label[96];
        size_t keys = 0;
        for (const char c : q.text) keys += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        std::snprintf(label, sizeof label, "%s (%zu keys)", q.what, keys);
        const std::vector<KeyCost> costs = TypeIntoSearch(app, q.text);
        std::vector<double> t, all_frames;
        for (const KeyCost& k : costs) {
            t.push_back(k.key_frame);
            all_frames.push_back(std::max(k.key_frame, k.max_after));
        }
        Print(label, t);
        Print("    (longest frame per key)", all_frames);
        std::printf("    per key: frame ms [frames more until complete, their total ms]:");
        for (const KeyCost& k : costs)
            if (k.frames_after) std::printf(" %.2f[+%d, %.1f]", k.key_frame, k.frames_after, k.total - k.key_frame);
            else std::printf(" %.2f", k.key_frame);
        std::printf("\n");
    }

    for (int i = 0; i < 5; ++i) FrameMs(app);
    Print("scroll the timeline", Scroll(app, "##tl_list", 300));
    Print("scroll the client list", Scroll(app, "##client_list", 300));
    std::vector<double> idle;
    for (int i = 0; i < 120; ++i) idle.push_back(FrameMs(app));
    Print("idle frames (card open)", idle);

    // The phone index after one client edit: full build, then the update after the edit.
    PhoneIndex phones;
    double c0 = CpuMs();
    phones.Update(app.store);
    const double full = CpuMs() - c0;
    std::vector<double> updates, edit_frames;
    for (int i = 0; i < 5; ++i) {
        Client c = *app.store.clients.Find(client_id);
        c.phones.push_back("+7 (495) 700-00-0" + std::to_string(i));
        app.store.clients.Upsert(std::move(c));
        c0 = CpuMs();
        phones.Update(app.store);
        updates.push_back(CpuMs() - c0);
        edit_frames.push_back(FrameMs(app));
        FrameMs(app);
    }
    std::printf("phone index: full build %.1f ms, %zu numbers\n", full, phones.size());
    Print("phone index update after an edit", updates);
    Print("frame after a client edit", edit_frames);
    ImGui::DestroyContext(ctx);
    return 0;
}
