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

}  // namespace uplift::report_export
