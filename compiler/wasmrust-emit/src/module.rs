//! Module assembly: index spaces, sections, data segments and names.

use std::collections::{BTreeMap, HashMap};

use wasm_encoder::{
    CodeSection, ConstExpr, DataCountSection, DataSection, EntityType, ExportKind, ExportSection, Function,
    FunctionSection, GlobalSection, GlobalType, HeapType, ImportSection, MemorySection, MemoryType, NameMap,
    NameSection, RefType, StorageType, TypeSection, ValType,
};
use wasmrust_ir::{self as ir, FuncId};

use crate::function::FnEmitter;
use crate::layout::{PAGE, STATIC_BASE};
use crate::runtime::{self, Helper, Needs};

/// Type index of `(array (mut i8))`, the representation of strings.
pub(crate) const BYTES_TYPE: u32 = 0;
/// Global index of the output buffer's fill level.
pub(crate) const GLOBAL_OUT_LEN: u32 = 0;
/// Global index of the fd the output buffer goes to.
pub(crate) const GLOBAL_OUT_FD: u32 = 1;
/// Data segment with static text, placed in memory at [`STATIC_BASE`].
const STATIC_SEGMENT: u32 = 0;
/// Passive data segment with string literal bytes, for `array.new_data`.
pub(crate) const STRING_SEGMENT: u32 = 1;

/// The nullable reference to a string, as locals, params and results hold it.
pub(crate) fn bytes_ref() -> ValType {
    ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(BYTES_TYPE) })
}

/// Interned bytes, laid out one after another.
#[derive(Default)]
pub(crate) struct Pool {
    base: u32,
    bytes: Vec<u8>,
    index: HashMap<Vec<u8>, u32>,
}

impl Pool {
    /// Adds `text` (once) and returns its (offset, length).
    pub(crate) fn intern(&mut self, text: &[u8]) -> (u32, u32) {
        let offset = *self.index.entry(text.to_vec()).or_insert_with(|| {
            let offset = self.base + self.bytes.len() as u32;
            self.bytes.extend_from_slice(text);
            offset
        });
        (offset, text.len() as u32)
    }
}

/// Function indices of the host imports.
pub(crate) struct Imports {
    pub write: u32,
    pub exit: u32,
    pub format_f64: Option<u32>,
}

/// Module-wide state shared by the function emitters.
pub(crate) struct Cx<'m> {
    pub module: &'m ir::Module,
    pub statics: Pool,
    pub strings: Pool,
    pub imports: Imports,
    user_index: HashMap<FuncId, u32>,
    helper_index: BTreeMap<Helper, u32>,
    func_types: Vec<(Vec<ValType>, Vec<ValType>)>,
}

impl Cx<'_> {
    /// The function index of a helper; [`Needs`] guarantees it is present.
    pub(crate) fn helper(&self, helper: Helper) -> u32 {
        self.helper_index[&helper]
    }

    /// The function index of a reachable user function.
    pub(crate) fn function(&self, id: FuncId) -> u32 {
        self.user_index[&id]
    }

    /// The type index of a function signature, interned.
    fn func_type(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> u32 {
        let key = (params, results);
        let position = match self.func_types.iter().position(|t| *t == key) {
            Some(p) => p,
            None => {
                self.func_types.push(key);
                self.func_types.len() - 1
            }
        };
        // Type 0 is the string array; function types follow.
        position as u32 + 1
    }
}

/// The user functions reachable from `main`, in source order.
fn reachable(module: &ir::Module) -> Vec<FuncId> {
    let mut seen = vec![false; module.functions.len()];
    let mut work = vec![module.main];
    while let Some(id) = work.pop() {
        if std::mem::replace(&mut seen[id.0 as usize], true) {
            continue;
        }
        collect_calls(&module.functions[id.0 as usize].body, &mut work);
    }
    (0..module.functions.len() as u32).map(FuncId).filter(|id| seen[id.0 as usize]).collect()
}

fn collect_calls(expr: &ir::Expr, out: &mut Vec<FuncId>) {
    if let ir::ExprKind::Call { func, .. } = &expr.kind {
        out.push(*func);
    }
    expr.for_each_child(|child| collect_calls(child, out));
}

/// Emits the module. The result is valid by construction; the driver checks it anyway.
pub fn emit(module: &ir::Module) -> Vec<u8> {
    let reachable = reachable(module);
    let needs = Needs::of(module, &reachable);

    // Index spaces: imports first, then reachable user functions, then helpers.
    let uses_f64_output = needs.helpers.contains(&Helper::PutF64);
    let imports_list: Vec<&wasmrust_abi::HostFunction> =
        wasmrust_abi::FUNCTIONS.iter().filter(|f| f.name != wasmrust_abi::FORMAT_F64.name || uses_f64_output).collect();
    let import_index = |name: &str| imports_list.iter().position(|f| f.name == name).map(|i| i as u32);
    let imports = Imports {
        write: import_index(wasmrust_abi::WRITE.name).expect("always imported"),
        exit: import_index(wasmrust_abi::EXIT.name).expect("always imported"),
        format_f64: import_index(wasmrust_abi::FORMAT_F64.name),
    };
    let first_user = imports_list.len() as u32;
    let user_index: HashMap<FuncId, u32> =
        reachable.iter().enumerate().map(|(i, id)| (*id, first_user + i as u32)).collect();
    let first_helper = first_user + reachable.len() as u32;
    let helper_index: BTreeMap<Helper, u32> =
        needs.helpers.iter().enumerate().map(|(i, h)| (*h, first_helper + i as u32)).collect();

    let mut cx = Cx {
        module,
        statics: Pool { base: STATIC_BASE, ..Pool::default() },
        strings: Pool::default(),
        imports,
        user_index,
        helper_index,
        func_types: Vec::new(),
    };

    let mut imports_section = ImportSection::new();
    for f in &imports_list {
        let params = f.params.iter().map(|t| abi_val_type(*t)).collect();
        let results = f.results.iter().map(|t| abi_val_type(*t)).collect();
        let ty = cx.func_type(params, results);
        imports_section.import(wasmrust_abi::IMPORT_MODULE, f.name, EntityType::Function(ty));
    }

    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let mut names = NameMap::new();
    for (i, f) in imports_list.iter().enumerate() {
        names.append(i as u32, &format!("host::{}", f.name));
    }
    for id in &reachable {
        let function = &module.functions[id.0 as usize];
        let (params, results) = FnEmitter::signature(function);
        let ty = cx.func_type(params, results);
        functions.function(ty);
        let (locals, body) = FnEmitter::emit(&mut cx, function);
        code.function(&encode_body(&locals, &body));
        names.append(cx.function(*id), &function.name);
    }
    for helper in needs.helpers.iter().copied() {
        let (params, results) = helper.signature(bytes_ref());
        let ty = cx.func_type(params, results);
        functions.function(ty);
        let (locals, body) = runtime::body(helper, &mut cx);
        code.function(&encode_body(&locals, &body));
        names.append(cx.helper(helper), helper.name());
    }

    let mut types = TypeSection::new();
    types.ty().array(&StorageType::I8, true);
    for (params, results) in &cx.func_types {
        types.ty().function(params.iter().copied(), results.iter().copied());
    }

    let static_end = STATIC_BASE + cx.statics.bytes.len() as u32;
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: u64::from(static_end.div_ceil(PAGE)),
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });

    let mut globals = GlobalSection::new();
    if needs.buffered_output() {
        let ty = GlobalType { val_type: ValType::I32, mutable: true, shared: false };
        globals.global(ty, &ConstExpr::i32_const(0));
        globals.global(ty, &ConstExpr::i32_const(wasmrust_abi::STDOUT));
    }

    let mut exports = ExportSection::new();
    exports.export(wasmrust_abi::MEMORY_EXPORT, ExportKind::Memory, 0);
    exports.export(wasmrust_abi::MAIN_EXPORT, ExportKind::Func, cx.function(module.main));

    let mut data = DataSection::new();
    data.active(0, &ConstExpr::i32_const(STATIC_BASE as i32), cx.statics.bytes.iter().copied());
    data.passive(cx.strings.bytes.iter().copied());
    debug_assert_eq!((STATIC_SEGMENT, STRING_SEGMENT), (0, 1));

    let mut name_section = NameSection::new();
    name_section.functions(&names);

    let mut wasm = wasm_encoder::Module::new();
    wasm.section(&types).section(&imports_section).section(&functions).section(&memories);
    if needs.buffered_output() {
        wasm.section(&globals);
    }
    wasm.section(&exports).section(&DataCountSection { count: 2 }).section(&code).section(&data).section(&name_section);
    wasm.finish()
}

fn abi_val_type(ty: wasmrust_abi::ValType) -> ValType {
    match ty {
        wasmrust_abi::ValType::I32 => ValType::I32,
        wasmrust_abi::ValType::I64 => ValType::I64,
        wasmrust_abi::ValType::F64 => ValType::F64,
    }
}

fn encode_body(locals: &[ValType], body: &[wasm_encoder::Instruction<'static>]) -> Function {
    let mut f = Function::new_with_locals_types(locals.iter().copied());
    for instruction in body {
        f.instruction(instruction);
    }
    f
}
