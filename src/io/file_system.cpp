#include "io/file_system.h"

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace card {

namespace {

#ifdef __EMSCRIPTEN__
EM_JS(int, card_js_file_released, (const char* path), {
    return Module.cardIsReleased && Module.cardIsReleased(UTF8ToString(path)) ? 1 : 0;
});
EM_JS(void, card_js_release_file, (const char* path), {
    if (Module.cardReleaseFile) Module.cardReleaseFile(UTF8ToString(path));
});
#endif

std::string Describe(const char* what, const std::string& path, int err) {
    return std::string(what) + " " + path + ": " + std::strerror(err);
}

}  // namespace

std::string JoinPath(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    if (dir.back() == '/') return dir + name;
    return dir + "/" + name;
}

bool StdFileSystem::ReadFile(const std::string& path, std::string& out, std::string& error) {
    out.clear();
#ifdef __EMSCRIPTEN__
    if (card_js_file_released(path.c_str())) {
        error = "cannot read " + path + ": its bytes were released from memory (they are in IndexedDB)";
        return false;
    }
#endif
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) {
        error = Describe("cannot open", path, errno);
        return false;
    }
    // Straight into the string (no bounce buffer): the size first, then what is really
    // there (a file may change size under us natively).
    struct stat st {};
    size_t size = 0;
    if (::fstat(fd, &st) == 0 && st.st_size > 0) size = static_cast<size_t>(st.st_size);
    out.resize(size);
    size_t done = 0;
    char more[16 * 1024];  // beyond the size fstat gave
    for (;;) {
        const bool inside = done < out.size();
        char* to = inside ? &out[done] : more;
        const size_t room = inside ? out.size() - done : sizeof more;
        const ssize_t n = ::read(fd, to, room);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = Describe("cannot read", path, errno);
            ::close(fd);
            out.clear();
            return false;
        }
        if (n == 0) break;
        if (!inside) out.append(more, static_cast<size_t>(n));
        done += static_cast<size_t>(n);
    }
    ::close(fd);
    out.resize(done);
    return true;
}

bool StdFileSystem::WriteFile(const std::string& path, std::string_view data, std::string& error) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        error = Describe("cannot create", path, errno);
        return false;
    }
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = Describe("cannot write", path, errno);
            ::close(fd);
            return false;
        }
        done += static_cast<size_t>(n);
    }
    // Natively this makes the bytes durable before a later rename publishes them; on
    // Emscripten's MEMFS it is a no-op (durability comes from FS.syncfs).
    if (::fsync(fd) != 0 && errno != EINVAL && errno != ENOSYS) {
        error = Describe("cannot flush", path, errno);
        ::close(fd);
        return false;
    }
    if (::close(fd) != 0) {
        error = Describe("cannot close", path, errno);
        return false;
    }
    return true;
}

bool StdFileSystem::Rename(const std::string& from, const std::string& to, std::string& error) {
    if (::rename(from.c_str(), to.c_str()) != 0) {
        error = "cannot rename " + from + " to " + to + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool StdFileSystem::Remove(const std::string& path, std::string& error) {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
        error = Describe("cannot remove", path, errno);
        return false;
    }
    return true;
}

bool StdFileSystem::ListDir(const std::string& dir, std::vector<std::string>& names,
                            std::string& error) {
    names.clear();
    DIR* d = ::opendir(dir.empty() ? "." : dir.c_str());
    if (!d) {
        if (errno == ENOENT) return true;
        error = Describe("cannot list", dir, errno);
        return false;
    }
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..") names.push_back(name);
    }
    ::closedir(d);
    return true;
}

bool StdFileSystem::MakeDir(const std::string& path, std::string& error) {
    if (path.empty()) return true;
    // Create each prefix in turn ("a", "a/b", "a/b/c").
    for (size_t pos = 1; pos <= path.size(); ++pos) {
        if (pos != path.size() && path[pos] != '/') continue;
        const std::string prefix = path.substr(0, pos);
        if (::mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST) {
            error = Describe("cannot create folder", prefix, errno);
            return false;
        }
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        error = "cannot create folder " + path + ": a file of that name exists";
        return false;
    }
    return true;
}

void StdFileSystem::Release(const std::string& path) {
#ifdef __EMSCRIPTEN__
    card_js_release_file(path.c_str());
#else
    (void)path;
#endif
}

bool StdFileSystem::Exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

}  // namespace card
