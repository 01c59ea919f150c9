//! The type checker: generic code instantiated, types inferred, macros expanded, producing
//! the monomorphic typed IR.
//!
//! It is a template-style checker: a generic function is checked once per instance, with
//! its parameters bound to concrete types, starting from the roots (`main`, tests) and
//! following calls. Inside an instance every receiver type is concrete, so method lookup,
//! operator overloading and trait dispatch are resolved against impls directly, with no
//! trait solver over generic parameters. Programs reach the compiler after the native
//! build accepted them (GC mode's contract), so bounds are used for inference (closure
//! signatures, `impl` selection), not re-proved.
//!
//! **Architecture Invariant.** [`check`] returns IR without inference variables and with
//! every function instance it references; any program it cannot compile is reported as a
//! diagnostic naming the construct, never compiled wrongly.

mod body;
mod expand;
mod expr;
mod format;
mod infer;
mod lookup;
mod pat;
mod tys;

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

use wasmrust_diag::{Diagnostic, Span, codes};
use wasmrust_ir::{self as ir, AdtLayout, FuncId, Ty};
use wasmrust_resolve::{DefId, DefKind, Program, Res};

use crate::tys::GenericParam;

/// What to compile: the functions the module exposes.
#[derive(Debug, Clone, Default)]
pub struct Roots {
    /// The crate whose `fn main` is the entry point, if this is a program.
    pub main_crate: Option<u32>,
    /// Test functions, exported under these names.
    pub tests: Vec<TestRoot>,
}

/// A `#[test]` function to export.
#[derive(Debug, Clone)]
pub struct TestRoot {
    /// The function.
    pub def: DefId,
    /// The export name.
    pub export: String,
    /// The name its panics report as the thread's.
    pub name: String,
}

/// Checks the program from its roots and returns the module of every reachable instance.
pub fn check(program: &Program, roots: &Roots) -> Result<ir::Module, Vec<Diagnostic>> {
    let cx = Cx::new(program);
    let mut module = ir::Module {
        file_names: program.sources.files.iter().map(|f| f.name.clone()).collect(),
        ..ir::Module::default()
    };
    if let Some(krate) = roots.main_crate {
        match find_main(program, krate) {
            Ok(main) => module.main = Some(cx.instance(main, Vec::new())),
            Err(d) => cx.report(d),
        }
    }
    for test in &roots.tests {
        let id = cx.instance(test.def, Vec::new());
        cx.test_names.borrow_mut().insert(id, test.name.clone());
        module.exports.push((test.export.clone(), id));
    }
    cx.run();
    let mut diagnostics = cx.diagnostics.take();
    if !diagnostics.is_empty() {
        diagnostics.sort_by_key(|d| (d.span.file, d.span.start));
        diagnostics.dedup();
        return Err(diagnostics);
    }
    module.functions = cx.functions.take().into_iter().map(|f| f.expect("every instance was checked")).collect();
    module.adts = cx.adts.take();
    module.closures = cx.closures.take().into_iter().map(|c| c.expect("every closure was finished")).collect();
    module.lang.panic_bounds_check = cx.lang_fns.borrow().get("panic_bounds_check").copied();
    module.lang.owned_box = program.lang.get("owned_box").map(|d| ir::AdtId(d.0));
    module.lang.vec = program.lang.get("Vec").map(|d| ir::AdtId(d.0));
    Ok(module)
}

fn find_main(program: &Program, krate: u32) -> Result<DefId, Diagnostic> {
    let root = program.crates[krate as usize].root;
    let file = program.def(root).file;
    let no_main = || {
        Diagnostic::new(codes::NO_MAIN, Span { file, ..Span::default() }, "`main` function not found in crate")
            .with_help("add `fn main() {}` to the file")
    };
    let Some(Res::Def(main)) = program.lookup(root, "main", false) else { return Err(no_main()) };
    let DefKind::Fn(f) = &program.def(main).kind else { return Err(no_main()) };
    let ok_ret = match &f.sig.output {
        syn::ReturnType::Default => true,
        syn::ReturnType::Type(_, t) => matches!(&**t, syn::Type::Tuple(t) if t.elems.is_empty()),
    };
    if !f.sig.inputs.is_empty() || !ok_ret || !f.sig.generics.params.is_empty() {
        return Err(Diagnostic::unsupported(program.def(main).span, "a `main` with parameters or a return value is")
            .with_help("declare it as `fn main()`"));
    }
    Ok(main)
}

/// The checker's program-wide state.
pub(crate) struct Cx<'p> {
    pub program: &'p Program,
    pub generics_cache: RefCell<HashMap<DefId, std::rc::Rc<Vec<GenericParam>>>>,
    pub impl_trait_cache: RefCell<HashMap<DefId, Option<DefId>>>,
    pub adts: RefCell<HashMap<Ty, AdtLayout>>,
    pub diagnostics: RefCell<Vec<Diagnostic>>,
    instances: RefCell<HashMap<(DefId, Vec<Ty>), FuncId>>,
    queue: RefCell<VecDeque<(FuncId, DefId, Vec<Ty>)>>,
    pub functions: RefCell<Vec<Option<ir::Function>>>,
    pub closures: RefCell<Vec<Option<ir::ClosureLayout>>>,
    pub lang_fns: RefCell<HashMap<&'static str, FuncId>>,
    pub test_names: RefCell<HashMap<FuncId, String>>,
    pub normalize_depth: std::cell::Cell<u32>,
    /// The traits the bounds of the item being checked name (method lookup prefers them).
    pub preferred_traits: RefCell<Vec<DefId>>,
    /// Signatures of the closures of the instance being checked (by their local number;
    /// their types are that instance's inference variables).
    pub local_closure_sigs: RefCell<HashMap<u32, (Vec<Ty>, Ty)>>,
    pub impl_heads: RefCell<HashMap<DefId, lookup::Head>>,
}

impl<'p> Cx<'p> {
    fn new(program: &'p Program) -> Self {
        Cx {
            program,
            generics_cache: RefCell::default(),
            impl_trait_cache: RefCell::default(),
            adts: RefCell::default(),
            diagnostics: RefCell::default(),
            instances: RefCell::default(),
            queue: RefCell::default(),
            functions: RefCell::default(),
            closures: RefCell::default(),
            lang_fns: RefCell::default(),
            test_names: RefCell::default(),
            normalize_depth: std::cell::Cell::new(0),
            preferred_traits: RefCell::default(),
            local_closure_sigs: RefCell::default(),
            impl_heads: RefCell::default(),
        }
    }

    /// Records a user error.
    pub fn report(&self, d: Diagnostic) {
        self.diagnostics.borrow_mut().push(d);
    }

    /// The instance of a function with concrete arguments, queued for checking if new.
    pub fn instance(&self, def: DefId, args: Vec<Ty>) -> FuncId {
        if let Some(&id) = self.instances.borrow().get(&(def, args.clone())) {
            return id;
        }
        let id = self.reserve_function();
        self.instances.borrow_mut().insert((def, args.clone()), id);
        self.queue.borrow_mut().push_back((id, def, args));
        id
    }

    /// A function index whose body is filled in later.
    pub fn reserve_function(&self) -> FuncId {
        let mut functions = self.functions.borrow_mut();
        functions.push(None);
        FuncId(functions.len() as u32 - 1)
    }

    /// The instance of a core-library function the emitter calls.
    pub fn lang_fn(&self, name: &'static str) -> FuncId {
        if let Some(&id) = self.lang_fns.borrow().get(name) {
            return id;
        }
        let id = self.instance(self.program.lang(name), Vec::new());
        self.lang_fns.borrow_mut().insert(name, id);
        id
    }

    fn run(&self) {
        loop {
            let next = self.queue.borrow_mut().pop_front();
            let Some((id, def, args)) = next else { break };
            // Stop early on errors: instances of broken code only repeat them.
            if self.diagnostics.borrow().len() > 50 {
                break;
            }
            let function = body::check_instance(self, def, &args, id);
            self.functions.borrow_mut()[id.0 as usize] = Some(function);
        }
    }

    /// The name of an instance, for the name section: `path::name<args>`.
    pub fn instance_name(&self, def: DefId, args: &[Ty]) -> String {
        let mut name = self.program.path_of(def);
        if let Some(parent) = self.program.def(def).parent
            && matches!(self.program.def(parent).kind, DefKind::Impl(..) | DefKind::Trait(..))
        {
            let env = self.env_of(def, args);
            let owner = env.self_ty.as_ref().map(|t| self.ty_name(t)).unwrap_or_else(|| "?".into());
            name = format!("<{owner}>::{}", self.program.def(def).name);
        }
        if !args.is_empty() {
            let shown: Vec<String> = args.iter().map(|t| self.ty_name(t)).collect();
            name = format!("{name}<{}>", shown.join(", "));
        }
        name
    }

    /// Whether a def is the core library's item with this role.
    pub fn is_lang(&self, def: DefId, role: &str) -> bool {
        self.program.lang.get(role) == Some(&def)
    }
}
