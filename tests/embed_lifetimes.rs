//! Handles and object lifetimes, alone in their test binary: `gilt::live_objects()` counts
//! the whole process, so no other test may run beside this one.

use gilt::{Handle, Interpreter};

#[test]
fn a_handle_keeps_its_object_alive_and_lets_go_when_dropped() {
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
