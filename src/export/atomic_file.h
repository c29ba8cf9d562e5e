#pragma once
// Files Uplift writes (-o FILE, exports) appear whole or not at all: the bytes go to a temporary
// file in the same directory, which is then renamed over FILE.
#include <string>
#include <string_view>

namespace uplift::report_export {

// Writes `bytes` to FILE.tmp-XXXXXX next to `file`, then renames it over `file`. On any failure
// the temporary file is removed, `file` is left as it was and UserError("FILE: cannot write")
// is thrown.
void write_file_atomically(const std::string& file, std::string_view bytes);

// The same for bytes that come in pieces (an export streaming rows): write() them, then
// commit() renames the temporary file over FILE. Destroyed without commit() (an error, a
// cancel), it removes the temporary file and FILE is left as it was. Throws UserError("FILE:
// cannot write").
class AtomicFileWriter {
  public:
    explicit AtomicFileWriter(std::string file);
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
    ~AtomicFileWriter();

    void write(std::string_view bytes);
    void commit();

  private:
    [[noreturn]] void fail();
    std::string file_;
    std::string temp_;
    int fd_ = -1;
};

}  // namespace uplift::report_export
