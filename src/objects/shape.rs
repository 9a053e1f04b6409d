//! Shapes: attribute layouts shared by the instances of a class.
//!
//! Instances of one class usually get the same attributes in the same order (`__init__` sets
//! them). Each class owns a tree of shapes, starting at an empty root: a shape lists the
//! names set so far, in order, and an instance keeps only its values, in that order, plus a
//! reference to its shape. Setting a new name moves the instance to the child shape that adds
//! it, made the first time any instance of the class needs it. So the names and their hashes
//! are stored once per class instead of once per instance, and an attribute cache that saw
//! shape `s` keep `x` at position 2 can read position 2 of any instance whose shape is `s`.
//!
//! Shapes never change once made, and a class (immortal) keeps its whole tree alive, so a
//! shape's address names it for the rest of the run. An instance with more than
//! [`MAX_NAMES`] attributes, or one that deletes an attribute, leaves its shape for a dict of
//! its own (`object::Attrs`).

use crate::objects::ops::key_eq;
use crate::objects::value::Value;
use crate::runtime::sync::{Lock, Ref};

/// The most names a shape holds; an instance that sets more keeps a dict of its own.
pub const MAX_NAMES: usize = 30;

pub struct Shape {
    /// Attribute names with their hashes, in the order instances set them.
    names: Box<[(Value, i64)]>,
    /// The shapes one name longer than this one, made so far.
    next: Lock<Vec<(Value, Ref<Shape>)>>,
}

impl crate::runtime::sync::Traced for Shape {}

impl Shape {
    /// The empty shape a class's instances start with.
    pub fn root() -> Ref<Shape> {
        Shape::make(Box::new([]))
    }

    /// A shape with `names`; immortal in the free-threaded build, where every instance holds
    /// a reference to its shape and threads creating instances of one class must not fight
    /// over the shape's count.
    fn make(names: Box<[(Value, i64)]>) -> Ref<Shape> {
        let s = Ref::new(Shape {
            names,
            next: Lock::new(Vec::new()),
        });
        Ref::make_immortal_for_threads(&s);
        s
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn names(&self) -> impl Iterator<Item = &(Value, i64)> {
        self.names.iter()
    }

    /// The position of `name` (an attribute name, usually the interned object itself).
    #[inline]
    pub fn find(&self, name: &Value, hash: i64) -> Option<usize> {
        self.names
            .iter()
            .position(|(k, h)| k.is(name) || (*h == hash && key_eq(k, name)))
    }

    /// The position of the name spelled `n`.
    pub fn find_str(&self, n: &str) -> Option<usize> {
        self.names.iter().position(|(k, _)| k.as_str() == Some(n))
    }

    /// The shape with `name` added after this one's names (`name` must not be among them);
    /// None when that would pass [`MAX_NAMES`].
    pub fn with(this: &Ref<Shape>, name: &Value, hash: i64) -> Option<Ref<Shape>> {
        if this.len() >= MAX_NAMES {
            return None;
        }
        let mut next = this.next.lock();
        if let Some((_, s)) = next.iter().find(|(k, _)| k.is(name)) {
            return Some(s.clone());
        }
        if let Some((_, s)) = next.iter().find(|(k, _)| key_eq(k, name)) {
            return Some(s.clone());
        }
        let names = this
            .names
            .iter()
            .cloned()
            .chain(std::iter::once((name.clone(), hash)))
            .collect();
        let s = Shape::make(names);
        next.push((name.clone(), s.clone()));
        Some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::ops::hash_str;

    fn name(s: &str) -> (Value, i64) {
        (crate::objects::intern::intern(s), hash_str(s))
    }

    #[test]
    fn instances_setting_the_same_names_share_one_shape() {
        let root = Shape::root();
        let (x, hx) = name("x");
        let (y, hy) = name("y");
        let a = Shape::with(&Shape::with(&root, &x, hx).unwrap(), &y, hy).unwrap();
        let b = Shape::with(&Shape::with(&root, &x, hx).unwrap(), &y, hy).unwrap();
        assert!(Ref::ptr_eq(&a, &b));
        assert_eq!(a.find(&y, hy), Some(1));
        assert_eq!(a.find_str("x"), Some(0));
        // another order is another shape
        let c = Shape::with(&Shape::with(&root, &y, hy).unwrap(), &x, hx).unwrap();
        assert!(!Ref::ptr_eq(&a, &c));
        assert_eq!(c.find(&x, hx), Some(1));
    }

    #[test]
    fn an_equal_name_that_is_another_object_is_found() {
        let root = Shape::root();
        let (x, hx) = name("left");
        let s = Shape::with(&root, &x, hx).unwrap();
        let other = Value::str("le".to_string() + "ft");
        assert!(!other.is(&x));
        assert_eq!(s.find(&other, hx), Some(0));
        assert!(Ref::ptr_eq(&Shape::with(&root, &other, hx).unwrap(), &s));
    }

    #[test]
    fn shapes_stop_growing_at_the_limit() {
        let mut s = Shape::root();
        for i in 0..MAX_NAMES {
            let (n, h) = name(&format!("a{i}"));
            s = Shape::with(&s, &n, h).unwrap();
        }
        let (n, h) = name("one_more");
        assert!(Shape::with(&s, &n, h).is_none());
        assert_eq!(s.len(), MAX_NAMES);
    }
}
