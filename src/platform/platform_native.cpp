// Native stand-in for the browser, used by the native UI smoke test and tools: no
// downloads or pickers, storage is a plain folder that needs no sync.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>

#include "platform/native_testing.h"
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
namespace {
struct NativeState {
    native_testing::Opened url, open_file, download;
    FilePicked pick;
    int64_t pick_max = 0;
    FileInPieces pieces;   // PickFileInPieces' handlers (begin unset: none open)
    FileInPieces reading;  // the file being delivered (BeginPick .. EndPick)
    std::map<std::string, std::string> settings;
    std::string pieces_so_far;  // PiecesBegin .. PiecesDownload
};
NativeState& State() {
    static NativeState state;
    return state;
}
void Record(native_testing::Opened& o, const std::string& name, const std::string& mime, const std::string& bytes) {
    o.name = name;
    o.mime = mime;
    o.bytes = bytes;
    ++o.count;
}
}  // namespace

void DownloadFile(const std::string& name, const std::string& mime, const std::string& bytes) {
    Record(State().download, name, mime, bytes);
}
void PiecesBegin() { State().pieces_so_far.clear(); }
void PiecesAdd(std::string_view bytes) { State().pieces_so_far.append(bytes); }
bool PiecesDownload(const std::string& name, const std::string& mime) {
    Record(State().download, name, mime, State().pieces_so_far);
    State().pieces_so_far.clear();
    return true;
}
void OpenFile(const std::string& name, const std::string& mime, const std::string& bytes) {
    Record(State().open_file, name, mime, bytes);
}
void PickFile(const std::string&, FilePicked done, int64_t max_bytes) {
    State().pick = std::move(done);
    State().pick_max = max_bytes;
    State().pieces = FileInPieces{};
}
void PickFileInPieces(const std::string&, FileInPieces handlers) {
    State().pick = nullptr;
    State().pieces = std::move(handlers);
}
void PollEvents() {}
void FetchFile(const std::string& url, Fetched done) {
    // stdio rather than <fstream>, as in the web build (no iostreams linked).
    std::FILE* in = std::fopen(url.c_str(), "rb");
    if (!in) return done({}, "missing");
    std::string bytes;
    char buf[16384];
    size_t got = 0;
    while ((got = std::fread(buf, 1, sizeof buf, in)) > 0) bytes.append(buf, got);
    const bool failed = std::ferror(in) != 0;
    std::fclose(in);
    if (failed) return done({}, "read error");
    done(std::move(bytes), "");
}
void OpenUrl(const std::string& url) { Record(State().url, url, {}, {}); }
std::string GetSetting(const std::string& key) {
    auto it = State().settings.find(key);
    return it == State().settings.end() ? std::string() : it->second;
}
void SetSetting(const std::string& key, const std::string& value) { State().settings[key] = value; }

namespace native_testing {
Opened& LastUrl() { return State().url; }
Opened& LastOpenFile() { return State().open_file; }
Opened& LastDownload() { return State().download; }
bool PickerOpen() { return State().pick || State().pieces.begin; }
bool BeginPick(const std::string& name, int64_t size) {
    auto& h = State().reading;
    h = std::move(State().pieces);
    State().pieces = FileInPieces{};
    if (!h.begin) return false;
    if (h.begin(name, size)) return true;
    h = FileInPieces{};
    return false;
}
bool PickPiece(std::string_view bytes) {
    auto& h = State().reading;
    if (!h.piece) return false;
    if (h.piece(bytes)) return true;
    h = FileInPieces{};
    return false;
}
void EndPick(const std::string& error) {
    FileInPieces h = std::move(State().reading);
    State().reading = FileInPieces{};
    if (h.end) h.end(error);
}
bool DeliverPick(const std::string& name, const std::string& mime, const std::string& bytes, int64_t claimed_size) {
    const int64_t size = claimed_size >= 0 ? claimed_size : static_cast<int64_t>(bytes.size());
    if (State().pieces.begin) {  // read in slices, as the browser does (odd sizes: pieces end anywhere)
        if (!BeginPick(name, size)) return true;
        constexpr size_t kSlice = 4093;
        for (size_t at = 0; at < bytes.size(); at += kSlice)
            if (!PickPiece(std::string_view(bytes).substr(at, kSlice))) return true;
        EndPick("");
        return true;
    }
    FilePicked cb = std::move(State().pick);
    State().pick = nullptr;
    if (!cb) return false;
    PickedFile f;
    f.name = name;
    f.mime = mime;
    f.size = size;
    f.too_large = State().pick_max > 0 && f.size > State().pick_max;
    if (!f.too_large) f.bytes = bytes;
    cb(f);
    return true;
}
void ClearSettings() { State().settings.clear(); }
}  // namespace native_testing
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
