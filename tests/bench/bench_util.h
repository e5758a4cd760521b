// Small helpers shared by the native micro-benchmarks (tests/bench/native_*.cpp).
#pragma once

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace card::bench {

using Clock = std::chrono::steady_clock;

inline double Ms(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

inline double MiB(size_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

// Milliseconds that f() takes.
template <class F>
double Time(F&& f) {
    const auto a = Clock::now();
    f();
    return Ms(a, Clock::now());
}

inline double Median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The whole file at `path` (a dataset); false when it cannot be opened.
inline bool ReadWholeFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

}  // namespace card::bench
