//! The memory limit (`Builder::memory_limit`) with Gilt's allocator installed, as a host that
//! wants the limit does: it stops scripts that hoard, and does not creep up over many calls
//! whose results and errors the host keeps and frees.

#[global_allocator]
static ALLOCATOR: gilt::CachingAlloc = gilt::CachingAlloc;

use gilt::{Error, Handle, Interpreter, Limit};

#[test]
fn many_calls_do_not_add_up() {
    let interp = Interpreter::builder().memory_limit(4 << 20).build();
    interp.exec("big = 'x' * 12_000").unwrap();
    for _ in 0..2_000 {
        assert_eq!(interp.eval::<i64>("sum(i for i in range(3))").unwrap(), 3);
        assert_eq!(interp.eval::<String>("big").unwrap().len(), 12_000);
        assert!(interp.eval::<i64>("undefined_name").is_err());
        let h: Handle = interp.eval("[big] * 10").unwrap();
        drop(h);
    }
    let err = interp
        .exec("hoard = ['y' * 10_000 for _ in range(1_000)]")
        .unwrap_err();
    assert_eq!(err, Error::Limit(Limit::Memory));
}

#[test]
fn a_caught_memory_error_still_stops_the_script() {
    let interp = Interpreter::builder().memory_limit(16 << 20).build();
    let err = interp
        .exec("keep = []\nwhile True:\n    try:\n        keep.append(bytes(100_000))\n    except BaseException:\n        pass")
        .unwrap_err();
    assert_eq!(err, Error::Limit(Limit::Memory));
    // the interpreter goes on once the script let go
    interp.exec("keep = None").unwrap();
    assert_eq!(interp.eval::<i64>("len([0] * 1000)").unwrap(), 1000);
}
