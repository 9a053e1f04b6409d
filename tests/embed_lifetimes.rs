//! Handles and object lifetimes, alone in their test binary: `gilt::live_objects()` counts
//! the whole process, so no other test may run beside these (they take turns).

use gilt::{Handle, Interpreter};

/// Held by each test: one runs at a time.
static ALONE: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn a_handle_keeps_its_object_alive_and_lets_go_when_dropped() {
    let _alone = ALONE.lock().unwrap_or_else(|e| e.into_inner());
    let baseline = {
        drop(Interpreter::new());
        gilt::live_objects()
    };
    let interp = Interpreter::new();
    interp
        .exec("class Node:\n    def __init__(self): self.me = self\nn = Node()")
        .unwrap();
    let node: Handle = interp.get("n").unwrap();
    interp.exec("del n").unwrap();
    drop(interp);
    // the instance outlives both its name and its interpreter
    assert_eq!(node.getattr("me").unwrap().type_name(), "Node");
    assert!(node.getattr("me").unwrap().is(&node));
    drop(node);
    assert_eq!(gilt::live_objects(), baseline);
}

#[test]
fn interpreters_made_and_dropped_on_many_threads_give_everything_back() {
    let _alone = ALONE.lock().unwrap_or_else(|e| e.into_inner());
    if gilt::BUILD_MODE != gilt::BuildMode::Gil {
        // once two threads have run Gilt code without the GIL, the free-threaded build keeps
        // what interpreters make for sharing (immortal), so nothing would be given back
        return;
    }
    drop(Interpreter::new());
    let before = gilt::live_objects();
    let workers: Vec<_> = (0..4)
        .map(|k| {
            std::thread::spawn(move || {
                for i in 0..5 {
                    let interp = Interpreter::new();
                    interp
                        .exec("class C:\n    def __init__(self): self.me = self\ncs = [C() for _ in range(50)]")
                        .unwrap();
                    interp.exec(&format!("import gc\ngc.set_threshold({})", 10 + k + i)).unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    // each interpreter has its own collector settings: a new one starts from the defaults
    let fresh = Interpreter::new();
    fresh.exec("import gc\nt = gc.get_threshold()[0]").unwrap();
    assert_eq!(fresh.get::<i64>("t").unwrap(), 700);
    drop(fresh);
    assert_eq!(gilt::live_objects(), before);
}
