// Entry points of the benchmark (tests/bench/run.mjs calls them with Module.ccall); see
// bench_web.h. Each returns plain numbers or a JSON text that lives until the next call.
#include "platform/bench_web.h"

#include <emscripten.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "ui/app.h"

namespace card::bench {
namespace {

struct FrameRecord {
    double start_ms, cpu_ms;
    int queued;
};

constexpr size_t kRing = 16384;  // a few minutes of continuous drawing
FrameRecord g_ring[kRing];
uint64_t g_frames = 0;  // frames recorded so far (ring index = n % kRing)
App* g_app = nullptr;
double g_first_frame_ms = -1;
std::string g_out;

}  // namespace

void Attach(App* app) { g_app = app; }

void FrameDone(double start_ms, double cpu_ms, int queued_input_events) {
    g_ring[g_frames % kRing] = {start_ms, cpu_ms, queued_input_events};
    ++g_frames;
}

void FirstFrameDone(double now_ms) {
    g_first_frame_ms = now_ms;
    EM_ASM({ Module.benchFirstFrameMs = $0; }, now_ms);
}

void AllDataInDone(double now_ms) { EM_ASM({ Module.benchAllDataInMs = $0; }, now_ms); }

}  // namespace card::bench

using namespace card::bench;

extern "C" {

// Frames rendered since the page started (the ring holds the last kRing of them).
EMSCRIPTEN_KEEPALIVE double bench_frame_count() { return static_cast<double>(g_frames); }

EMSCRIPTEN_KEEPALIVE double bench_first_frame_ms() { return g_first_frame_ms; }

// [[n, start_ms, cpu_ms, queued_input_events], ...] for the frames numbered >= since (0-based)
// still in the ring, oldest first.
EMSCRIPTEN_KEEPALIVE const char* bench_frames_json(double since) {
    uint64_t from = since > 0 ? static_cast<uint64_t>(since) : 0;
    if (g_frames > kRing && from < g_frames - kRing) from = g_frames - kRing;
    g_out.assign("[");
    char buf[96];
    for (uint64_t n = from; n < g_frames; ++n) {
        const FrameRecord& f = g_ring[n % kRing];
        std::snprintf(buf, sizeof buf, "%s[%llu,%.4f,%.4f,%d]", n == from ? "" : ",",
                      static_cast<unsigned long long>(n), f.start_ms, f.cpu_ms, f.queued);
        g_out += buf;
    }
    g_out += "]";
    return g_out.c_str();
}

// {heapBytes: the wasm memory's size, usedBytes: bytes malloc has handed out and not got
// back (mallinfo uordblks), mallocArenaBytes: what malloc took from sbrk (arena), sbrkTop}.
EMSCRIPTEN_KEEPALIVE const char* bench_heap_json() {
    const struct mallinfo mi = mallinfo();
    const double heap = EM_ASM_DOUBLE({ return HEAPU8.length; });
    char buf[200];
    std::snprintf(buf, sizeof buf, "{\"heapBytes\":%.0f,\"usedBytes\":%.0f,\"mallocArenaBytes\":%.0f,\"sbrkTop\":%.0f}",
                  heap, static_cast<double>(static_cast<unsigned>(mi.uordblks)),
                  static_cast<double>(static_cast<unsigned>(mi.arena)),
                  static_cast<double>(reinterpret_cast<uintptr_t>(sbrk(0))));
    g_out = buf;
    return g_out.c_str();
}

// Where the start-up Load's time went: {ok, readMs, parseMs, indexMs, records} (LoadTiming;
// readMs counts the checks of bytes already in memory, not IndexedDB, which pre.js times).
EMSCRIPTEN_KEEPALIVE const char* bench_load_json() {
    if (!g_app) return "{}";
    const card::LoadReport& r = g_app->env.load;
    char buf[200];
    std::snprintf(buf, sizeof buf, "{\"ok\":%s,\"readMs\":%.1f,\"parseMs\":%.1f,\"indexMs\":%.1f,\"records\":%zu}",
                  r.ok ? "true" : "false", r.timing.read_ms, r.timing.parse_ms, r.timing.index_ms, r.records);
    g_out = buf;
    return g_out.c_str();
}

// One field edit: the client record with new notes (one string field), upserted
// into the store as an edit in the card is (the journal sees it, autosave follows). 1 when the client exists.
EMSCRIPTEN_KEEPALIVE int bench_edit_notes(const char* client_id, const char* notes) {
    if (!g_app || !client_id) return 0;
    const card::Client* c = g_app->store.clients.Find(client_id);
    if (!c) return 0;
    card::Client copy = *c;
    copy.notes = notes ? notes : "";
    g_app->store.clients.Upsert(std::move(copy));
    EM_ASM({ if (Module.cardWake) Module.cardWake(); });
    return 1;
}

}  // extern "C"
