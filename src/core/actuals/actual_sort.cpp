#include "actuals/actual_sort.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <queue>

#include "errors.h"

namespace uplift {

namespace {

constexpr std::size_t kMergeBuffer = 4096;  // records read at a time from each run

// 64-bit file offsets on every platform (a long is 32 bits on Windows).
bool seek_to(std::FILE* f, std::int64_t byte_offset, int whence) {
#ifdef _WIN32
    return _fseeki64(f, byte_offset, whence) == 0;
#else
    return fseeko(f, static_cast<off_t>(byte_offset), whence) == 0;
#endif
}

bool before(const ActualRecord& a, const ActualRecord& b) {
    if (key_less(a, b)) {
        return true;
    }
    return same_key(a, b) && a.line < b.line;
}

// Reads one spilled run back in blocks.
class RunReader {
  public:
    RunReader(std::FILE* file, std::int64_t offset, std::int64_t count)
        : file_(file), next_(offset), left_(count) {}

    // The current record, or nullptr when the run is exhausted.
    const ActualRecord* current() {
        if (pos_ == block_.size()) {
            refill();
        }
        return pos_ < block_.size() ? &block_[pos_] : nullptr;
    }
    void advance() { ++pos_; }

  private:
    void refill() {
        block_.clear();
        pos_ = 0;
        if (left_ == 0) {
            return;
        }
        const auto n = static_cast<std::size_t>(
            std::min<std::int64_t>(left_, static_cast<std::int64_t>(kMergeBuffer)));
        block_.resize(n);
        if (!seek_to(file_, next_ * static_cast<std::int64_t>(sizeof(ActualRecord)), SEEK_SET) ||
            std::fread(block_.data(), sizeof(ActualRecord), n, file_) != n) {
            throw DatabaseError("cannot read back the temporary sort file");
        }
        next_ += static_cast<std::int64_t>(n);
        left_ -= static_cast<std::int64_t>(n);
    }

    std::FILE* file_;
    std::int64_t next_;
    std::int64_t left_;
    std::vector<ActualRecord> block_;
    std::size_t pos_ = 0;
};

}  // namespace

ActualSort::ActualSort(std::size_t run_records)
    : run_records_(std::max<std::size_t>(run_records, 2)) {}

ActualSort::~ActualSort() {
    if (spill_done_.valid()) {
        spill_done_.wait();
    }
    if (file_ != nullptr) {
        std::fclose(file_);
    }
}

void ActualSort::add(const ActualRecord& r) {
    if (buffer_.capacity() == 0) {
        buffer_.reserve(run_records_);
    }
    buffer_.push_back(r);
    if (buffer_.size() == run_records_) {
        spill();
    }
}

void ActualSort::wait_for_spill() {
    if (spill_done_.valid()) {
        spill_done_.get();  // rethrows a write error
    }
}

// Hands the full run to a helper thread, which sorts it and appends it to the temporary file
// while the reader goes on parsing into the other buffer.
void ActualSort::spill() {
    wait_for_spill();
    if (file_ == nullptr) {
        file_ = std::tmpfile();
        if (file_ == nullptr) {
            throw DatabaseError(fmt::format("cannot create a temporary file to sort the rows: {}",
                                            std::strerror(errno)));
        }
    }
    spilling_.swap(buffer_);
    buffer_.clear();
    runs_.push_back({written_, static_cast<std::int64_t>(spilling_.size())});
    written_ += static_cast<std::int64_t>(spilling_.size());
    spill_done_ = std::async(std::launch::async, [this] {
        std::sort(spilling_.begin(), spilling_.end(), before);
        if (!seek_to(file_, 0, SEEK_END) ||
            std::fwrite(spilling_.data(), sizeof(ActualRecord), spilling_.size(), file_) !=
                spilling_.size()) {
            throw DatabaseError(
                fmt::format("cannot write the temporary sort file (is the disk full?): {}",
                            std::strerror(errno)));
        }
    });
}

void ActualSort::emit(const std::function<void(const ActualRecord&)>& out) {
    if (runs_.empty()) {
        std::sort(buffer_.begin(), buffer_.end(), before);
        for (const auto& r : buffer_) {
            out(r);
        }
        buffer_.clear();
        return;
    }
    if (!buffer_.empty()) {
        spill();
    }
    wait_for_spill();
    spilling_ = {};
    std::fflush(file_);
    std::vector<RunReader> readers;
    readers.reserve(runs_.size());
    for (const Run& run : runs_) {
        readers.emplace_back(file_, run.offset, run.count);
    }
    // A min-heap of run indices by their current record.
    const auto later = [&readers](std::size_t a, std::size_t b) {
        return before(*readers[b].current(), *readers[a].current());
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < readers.size(); ++i) {
        if (readers[i].current() != nullptr) {
            heap.push(i);
        }
    }
    while (!heap.empty()) {
        const std::size_t i = heap.top();
        heap.pop();
        out(*readers[i].current());
        readers[i].advance();
        if (readers[i].current() != nullptr) {
            heap.push(i);
        }
    }
    runs_.clear();
    written_ = 0;
    std::fclose(file_);
    file_ = nullptr;
}

}  // namespace uplift
