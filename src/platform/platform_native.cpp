// Native stand-in for the browser, used by the native UI smoke test and tools: no
// downloads or pickers, storage is a plain folder that needs no sync.
#include <chrono>
#include <ctime>

#include "platform/platform.h"

namespace card::platform {

double NowMs() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

Moment Now() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t t = system_clock::to_time_t(now);
    std::tm local{};
    localtime_r(&t, &local);
    Moment m;
    m.utc_ms = duration_cast<milliseconds>(now.time_since_epoch()).count();
    m.offset_min = static_cast<int16_t>(local.tm_gmtoff / 60);
    return m;
}

std::string PreferredLanguage() { return "en"; }
void SetLanguageInUrl(const std::string&) {}
void DownloadFile(const std::string&, const std::string&, const std::string&) {}
void PickFile(const std::string&, FilePicked) {}
void PollEvents() {}
void OpenUrl(const std::string&) {}
static std::string& ClipboardBuffer() {
    static std::string buffer;
    return buffer;
}
void SetClipboardText(const std::string& text) { ClipboardBuffer() = text; }
const char* GetClipboardText() { return ClipboardBuffer().c_str(); }
void SyncStorage(SyncDone done) {
    if (done) done(true, {});
}
void RequestPersistentStorage() {}

}  // namespace card::platform
