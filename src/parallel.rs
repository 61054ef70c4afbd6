//! Work on every core, results in order: what loading (reading and parsing files) and a full
//! build (making documents) share. One definition, so that both take work the same way and
//! report panics the same way.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `work(state, i, item)` for every item of `items`, on up to `threads` scoped threads (this
/// one among them), returned in the items' order. Each thread makes its own `state` once (a
/// reusable buffer) and takes the next item not yet taken, so a slow item or a descheduled
/// thread does not leave the others idle. A panic in `work` goes on as it would have on this
/// thread.
pub fn map_in_order<T, S, R>(
    items: &[T],
    threads: usize,
    state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, usize, &T) -> R + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    if threads <= 1 || items.len() <= 1 {
        let mut s = state();
        return items
            .iter()
            .enumerate()
            .map(|(i, item)| work(&mut s, i, item))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let run = || {
        let mut s = state();
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, work(&mut s, i, item)));
        }
    };
    let mut done = std::thread::scope(|scope| {
        let handles: Vec<_> = (1..threads.min(items.len()))
            .map(|_| scope.spawn(run))
            .collect();
        let mut done = run();
        for handle in handles {
            done.extend(
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        done
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_whatever_the_threads() {
        let items: Vec<u64> = (0..1000).collect();
        for threads in [0, 1, 2, 3, 8] {
            let out = map_in_order(&items, threads, Vec::<u8>::new, |buf, i, x| {
                buf.push(1);
                // Uneven work, so threads finish out of order.
                (0..(x % 7) * 100).fold(i as u64, |a, b| a.wrapping_add(b))
                    - (0..(x % 7) * 100).sum::<u64>()
            });
            assert_eq!(out, items, "{threads} threads");
        }
        assert!(map_in_order(&[] as &[u8], 2, || (), |_, _, x| *x).is_empty());
    }

    #[test]
    #[should_panic(expected = "item 500")]
    fn a_panic_on_another_thread_goes_on_here() {
        let items: Vec<usize> = (0..1000).collect();
        map_in_order(
            &items,
            2,
            || (),
            |_, _, &x| {
                assert!(x != 500, "item {x}");
                x
            },
        );
    }
}
