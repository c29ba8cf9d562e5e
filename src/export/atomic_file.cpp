#include "atomic_file.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <utility>
#include <vector>

#include "errors.h"

namespace uplift::report_export {

namespace {

// The permissions a file created the ordinary way would get (0666 less the umask); mkstemp
// creates 0600.
mode_t created_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

void write_file_atomically(const std::string& file, std::string_view bytes) {
    AtomicFileWriter out(file);
    out.write(bytes);
    out.commit();
}

AtomicFileWriter::AtomicFileWriter(std::string file) : file_(std::move(file)) {
    std::string pattern = file_ + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) {
        throw UserError(fmt::format("{}: cannot write", file_));
    }
    temp_ = name.data();
}

AtomicFileWriter::~AtomicFileWriter() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
    if (!temp_.empty()) {
        std::remove(temp_.c_str());
    }
}

void AtomicFileWriter::fail() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    std::remove(temp_.c_str());
    temp_.clear();
    throw UserError(fmt::format("{}: cannot write", file_));
}

void AtomicFileWriter::write(std::string_view bytes) {
    if (fd_ < 0 || !write_all(fd_, bytes)) {
        fail();
    }
}

void AtomicFileWriter::commit() {
    if (fd_ < 0) {
        fail();
    }
    bool ok = ::fchmod(fd_, created_file_mode()) == 0 && ::fsync(fd_) == 0;
    ok = ::close(fd_) == 0 && ok;
    fd_ = -1;
    if (ok) {
        std::error_code ec;
        std::filesystem::rename(temp_, file_, ec);
        ok = !ec;
    }
    if (!ok) {
        fail();
    }
    temp_.clear();
}

}  // namespace uplift::report_export
