"""No template tag library of ours takes the name of another app's (Oscar's above all): Django
keeps one library per name, so a second `shipping_tags` hid Oscar's and the checkout's
shipping-method page answered 500."""
import pkgutil
from collections import defaultdict
from importlib import import_module

from django.apps import apps


def test_every_template_library_name_belongs_to_one_app():
    owners = defaultdict(list)
    for config in apps.get_app_configs():
        try:
            package = import_module(f"{config.name}.templatetags")
        except ImportError:
            continue
        for module in pkgutil.iter_modules(package.__path__):
            owners[module.name].append(config.name)
    shared = {name: names for name, names in owners.items() if len(names) > 1}
    assert shared == {}
