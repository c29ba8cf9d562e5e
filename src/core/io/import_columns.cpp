#include "io/import_columns.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace uplift {

std::string normalise_column_name(std::string_view raw) {
    while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.front())) != 0) {
        raw.remove_prefix(1);
    }
    while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.back())) != 0) {
        raw.remove_suffix(1);
    }
    std::string out(raw);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

ImportColumns::ImportColumns(const std::vector<std::string>& header, const ColumnSpec& spec,
                             IssueList& issues, std::vector<std::string>& warnings,
                             std::int64_t header_line) {
    std::set<std::string> seen;
    for (const auto& raw : header) {
        std::string name = normalise_column_name(raw);
        if (name.empty()) {
            warnings.push_back(fmt::format("column {} has no name; it is ignored",
                                           names_.size() + 1));
        } else if (!seen.insert(name).second) {
            issues.add(header_line, name, "the column appears twice in the header");
        } else {
            const bool known =
                std::find(spec.required.begin(), spec.required.end(), name) !=
                    spec.required.end() ||
                std::find(spec.optional.begin(), spec.optional.end(), name) != spec.optional.end();
            if (!known) {
                warnings.push_back(fmt::format("column '{}' is not used by this import; ignored",
                                               name));
            }
        }
        names_.push_back(std::move(name));
    }
    for (const auto& req : spec.required) {
        if (!seen.contains(req)) {
            issues.add(header_line, req, "required column is missing from the header");
        }
    }
}

std::optional<std::size_t> ImportColumns::index(std::string_view name) const {
    for (std::size_t i = 0; i < names_.size(); ++i) {
        if (names_[i] == name) {
            return i;
        }
    }
    return std::nullopt;
}

}  // namespace uplift
