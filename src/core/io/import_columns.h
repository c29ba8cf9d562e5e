#pragma once
// The header row of an import file: which column holds which field.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/import_errors.h"
#include "io/import_kind.h"

namespace uplift {

// A column looked up once by name, for importers that read millions of rows.
struct ColumnRef {
    std::string_view name;
    std::optional<std::size_t> index;  // nullopt: the file has no such column
};

class ImportColumns {
  public:
    // Reads the header: names are trimmed and case-insensitive. Missing required columns and
    // duplicated names are reported on the header's line (1 unless blank lines precede it);
    // unknown columns become warnings.
    ImportColumns(const std::vector<std::string>& header, const ColumnSpec& spec, IssueList& issues,
                  std::vector<std::string>& warnings, std::int64_t header_line = 1);

    std::optional<std::size_t> index(std::string_view name) const;
    bool has(std::string_view name) const { return index(name).has_value(); }
    ColumnRef ref(std::string_view name) const { return {name, index(name)}; }
    std::size_t width() const { return names_.size(); }
    const std::string& name_at(std::size_t i) const { return names_[i]; }

  private:
    std::vector<std::string> names_;  // normalised header names, in file order
};

std::string normalise_column_name(std::string_view raw);

}  // namespace uplift
