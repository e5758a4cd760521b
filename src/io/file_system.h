// The few file operations persistence needs, behind an interface so that tests can use
// an in-memory file system that injects faults (failed writes, truncation, corruption,
// a crash that drops every later write). StdFileSystem is the real one: plain POSIX
// calls, so the same class works natively and in the browser on the IDBFS mount.
// Nothing here throws; every operation returns false and an error in plain words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace card {

class FileSystem {
public:
    virtual ~FileSystem() = default;

    // Reads the whole file into `out`.
    virtual bool ReadFile(const std::string& path, std::string& out, std::string& error) = 0;
    // Creates or replaces the file with exactly `data` (not atomic: callers that need
    // atomicity write a temporary name and Rename it).
    virtual bool WriteFile(const std::string& path, std::string_view data, std::string& error) = 0;
    // Renames, replacing `to` if it exists (atomic on POSIX and on Emscripten's MEMFS).
    virtual bool Rename(const std::string& from, const std::string& to, std::string& error) = 0;
    // Removes a file; removing a file that does not exist succeeds.
    virtual bool Remove(const std::string& path, std::string& error) = 0;
    // Names (not paths) of the entries of a directory, without "." and "..".
    // A directory that does not exist lists as empty and succeeds.
    virtual bool ListDir(const std::string& dir, std::vector<std::string>& names,
                         std::string& error) = 0;
    // Creates the directory and its missing parents; an existing directory succeeds.
    virtual bool MakeDir(const std::string& path, std::string& error) = 0;
    virtual bool Exists(const std::string& path) = 0;
    // A hint: the caller read this file and keeps what it holds, and will not read it again
    // soon. An implementation that caches file bytes elsewhere too may drop its copy (the
    // browser's, once IndexedDB holds them); reading it later must then still work or fail
    // with an error, never give other bytes. The default does nothing.
    virtual void Release(const std::string& path) { (void)path; }
};

// POSIX implementation (open/read/write/fsync/rename/unlink/opendir/mkdir).
class StdFileSystem final : public FileSystem {
public:
    bool ReadFile(const std::string& path, std::string& out, std::string& error) override;
    bool WriteFile(const std::string& path, std::string_view data, std::string& error) override;
    bool Rename(const std::string& from, const std::string& to, std::string& error) override;
    bool Remove(const std::string& path, std::string& error) override;
    bool ListDir(const std::string& dir, std::vector<std::string>& names,
                 std::string& error) override;
    bool MakeDir(const std::string& path, std::string& error) override;
    bool Exists(const std::string& path) override;
    // In the browser: the file's bytes leave memory when IndexedDB holds the same version
    // (web/pre.js, "Released files"); a later ReadFile of it fails (taking over from another
    // tab reads the files from IndexedDB again first). Natively nothing.
    void Release(const std::string& path) override;
};

// "dir/name" ("name" when dir is empty; no doubled slash when dir ends with '/').
std::string JoinPath(const std::string& dir, const std::string& name);

}  // namespace card
