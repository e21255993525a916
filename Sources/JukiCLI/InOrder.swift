import Dispatch
import Foundation

/// Work on every core, results in order: `map` runs `work` over the items on worker threads, and hands each
/// result to `take` on the calling thread in the items' order, whatever order the workers finish in. So
/// what a command writes and says (files staged, progress lines, the first error) is what a sequential
/// run would write and say; only the time changes.
///
/// Workers run at most `window` items ahead of `take`, so a build of 940 editions holds a few editions'
/// rendered text at a time, not all of them. When `take` throws, the workers stop taking items, `map`
/// waits for those already begun, and rethrows.
///
/// `JUKI_JOBS=1` runs everything on the calling thread, item after item (the reference the tests compare
/// a parallel build with); `JUKI_JOBS=N` uses N workers; the default is one per core.
enum InOrder {
    /// The workers to use: `JUKI_JOBS` when it is a positive number, else the active cores.
    static var workers: Int {
        if let text = ProcessInfo.processInfo.environment["JUKI_JOBS"], let n = Int(text), n > 0 { return min(n, 64) }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    static func map<Item, Result>(_ items: [Item], workers: Int = InOrder.workers,
                                  _ work: @escaping (Item) -> Result,
                                  take: (Item, Result) throws -> Void) rethrows {
        guard workers > 1, items.count > 1 else {
            for item in items { try take(item, work(item)) }
            return
        }
        let state = State<Result>(count: items.count, window: 2 * workers)
        let group = DispatchGroup()
        let box = Unchecked((items, work))
        for _ in 0..<min(workers, items.count) {
            DispatchQueue.global().async(group: group) {
                let (items, work) = box.value
                while let i = state.next() {
                    state.put(work(items[i]), at: i)
                }
            }
        }
        defer {
            state.cancel()
            group.wait()
        }
        for i in items.indices {
            try take(items[i], state.take(i))
        }
    }

    /// The slots the workers fill and `take` empties, under one condition lock.
    private final class State<Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private var slots: [Result?]
        private let window: Int
        private var claimed = 0
        private var taken = 0
        private var cancelled = false

        init(count: Int, window: Int) {
            slots = Array(repeating: nil, count: count)
            self.window = window
        }

        /// The next item to work on, once it is within the window; nil when all are claimed or the run stopped.
        /// Items are claimed in order, so the one `take` waits for is never held back by the window.
        func next() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard !cancelled, claimed < slots.count else { return nil }
            let i = claimed
            claimed += 1
            while i >= taken + window && !cancelled { condition.wait() }
            return cancelled ? nil : i
        }

        func put(_ result: Result, at i: Int) {
            condition.lock()
            slots[i] = result
            condition.broadcast()
            condition.unlock()
        }

        func take(_ i: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let result = slots[i] {
                    slots[i] = nil
                    taken = i + 1
                    condition.broadcast()
                    return result
                }
                condition.wait()
            }
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Hands values that are only read (the items, the work) to the worker threads.
    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
