#pragma once
// Puts the rows of an actuals file that arrive out of key order into key order with flat
// memory: sorted runs of a bounded size spill to a temporary file and are merged at the end.
// Inserting in key order appends to the table's B-tree instead of touching a random page for
// every row, which is what makes a ten-million-row file in week order load in seconds.
#include <cstdint>
#include <cstdio>
#include <functional>
#include <vector>

#include "actuals/actual_record.h"

namespace uplift {

class ActualSort {
  public:
    // At most `run_records` rows are held in memory (48 bytes each).
    explicit ActualSort(std::size_t run_records = std::size_t{1} << 19);
    ActualSort(const ActualSort&) = delete;
    ActualSort& operator=(const ActualSort&) = delete;
    ~ActualSort();

    void add(const ActualRecord& r);
    bool empty() const { return buffer_.empty() && runs_.empty(); }
    // Every row added, in key order (equal keys by line), then forgets them.
    void emit(const std::function<void(const ActualRecord&)>& out);

  private:
    struct Run {
        std::int64_t offset = 0;  // in records
        std::int64_t count = 0;
    };
    void spill();

    std::size_t run_records_;
    std::vector<ActualRecord> buffer_;
    std::vector<Run> runs_;
    std::FILE* file_ = nullptr;
    std::int64_t written_ = 0;
};

}  // namespace uplift
