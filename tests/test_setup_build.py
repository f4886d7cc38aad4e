"""setup.py's build: the engine's C files compile in parallel, to the serial compile's objects."""
import importlib.util
import shutil
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _setup_py():
    spec = importlib.util.spec_from_file_location("_newsquotes_setup_build", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # guarded by __name__: defines the build, runs nothing
    return module


@pytest.mark.skipif(shutil.which((sysconfig.get_config_var("CC") or "cc").split()[0]) is None,
                    reason="no C compiler")
def test_parallel_compile_gives_the_serial_objects(tmp_path):
    setup_py = _setup_py()  # imports setuptools, whose distutils is then the one imported here
    from distutils.ccompiler import new_compiler
    from distutils.errors import CompileError
    from distutils.sysconfig import customize_compiler

    sources = []
    for i, body in enumerate(["int f0(void) { return 0; }", "int f1(int x) { return x * 2; }",
                              "static int g(void) { return 2; } int f2(void) { return g(); }"]):
        path = tmp_path / "src" / f"m{i}.c"
        path.parent.mkdir(exist_ok=True)
        path.write_text(body + "\n")
        sources.append(str(path))
    compiler = new_compiler()
    customize_compiler(compiler)
    serial = compiler.compile(sources, output_dir=str(tmp_path / "serial"))
    parallel = setup_py._compile_in_parallel(compiler, sources, output_dir=str(tmp_path / "parallel"))
    assert [Path(p).relative_to(tmp_path / "parallel") for p in parallel] == \
        [Path(p).relative_to(tmp_path / "serial") for p in serial]  # same objects, in the sources' order
    assert all(Path(p).stat().st_size > 0 for p in parallel)
    (tmp_path / "src" / "bad.c").write_text("this is not C\n")
    with pytest.raises(CompileError):  # a failure reaches build_ext, which leaves the engine pure Python
        setup_py._compile_in_parallel(compiler, [*sources, str(tmp_path / "src" / "bad.c")],
                                      output_dir=str(tmp_path / "bad"))

