// The benchmark's view into the browser host (issue 7, tests/bench/README.md): main_web.cpp
// reports each rendered frame and the first one; bench_web.cpp keeps them in a ring buffer
// and exports the entry points tests/bench/run.mjs calls (frame times, heap use, a timed
// export, a one-field edit). Nothing here changes what the app does.
#pragma once

namespace card {
class App;
namespace bench {

// The page's one app (main() calls this before the frame loop starts).
void Attach(App* app);
// One rendered frame: when it began (performance.now() ms), its CPU time NewFrame..Render
// (ms), and how many input events waited in ImGui's queue when it began.
void FrameDone(double start_ms, double cpu_ms, int queued_input_events);
// The end of the first frame drawn after main(): also published to the page as
// Module.benchFirstFrameMs (performance.now() ms since navigation start).
void FirstFrameDone(double now_ms);
// The end of the first frame drawn with every record of the store in: the first frame, or
// for a large store's start the frame after its rest came in (Module.benchAllDataInMs).
void AllDataInDone(double now_ms);

}  // namespace bench
}  // namespace card
