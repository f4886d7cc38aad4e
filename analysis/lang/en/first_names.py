"""Common English given names and their gender (data only).

``FIRST_NAMES``: a list written for this project, the one the quote engine reads (its speaker
model was trained with it). ``GIVEN_NAMES``: that list and the names of ``first_names.txt``
(US Social Security Administration baby-name counts, public domain: given names with 95 % or
more of at least 1,000 US births of one sex, built by ``benchmarks/build_first_names.py``),
the written list winning where both have a name; the gender of a person
(:func:`analysis.entities.person_gender`) reads it.

A pronoun ("he", "she") cannot refer to a person of the other gender; where the article
gives no title or honorific, the given name tells it. These are common given names in the
United States and the United Kingdom (recent and older generations), written from general
knowledge. Names given to both sexes (Jordan, Taylor, Morgan, Casey, Jamie, Alex, Chris,
Kelly, Leslie, Robin, Kim, Lee, Terry, Dana …) are left out, and so are given names that are
also common place names (Virginia, Georgia, Austin, Madison, Charlotte, Sydney, Victoria …),
so that "Virginia Beach" or "Austin, Texas" get no gender. Keys are folded (lowercase, no
accents); a hyphenated name is looked up by its first part.
"""
from pathlib import Path

_MALE = """
aaron adam adrian al alan albert alexander alfred allen andrew andy angus anthony antonio
arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby brad bradley brandon
brendan brett brian bruce bryan byron calvin carl carlos chad charles charlie chuck clarence
claude clifford clint colin connor craig curtis dan daniel danny darren dave david dean
dennis derek dick don donald doug douglas duncan dustin dwight earl ed eddie edgar edward
edwin elijah elliot eric ernest eugene evan frank franklin fred frederick gabriel gary gavin
gene geoffrey george gerald gilbert glenn gordon graham greg gregory harold harry harvey hank
henry herbert howard hugh ian isaac ivan jack jacob jake james jared jason jay jeb jeff
jeffrey jeremy jerome jerry jim jimmy joe joel john johnny jon jonathan joseph josh joshua
juan julian justin keith ken kenneth kevin kurt kyle larry lawrence leonard leroy lloyd
louis luke malcolm marco marcus mario mark martin marvin matt matthew maurice max melvin michael
mickey mike mitch mitchell mitt mohammed muhammad nathan neil nicholas nick noah norman oliver
oscar owen patrick paul peter phil philip ralph randall randy ray raymond reginald rex richard
rick ricky rob robert rod roger roland ron ronald ross roy rudy russell ryan sam samuel scott
sean seth shawn sherrod stanley stephen steve steven stuart ted terrence theodore thomas tim
timothy todd tom tommy tony travis trent troy tyler vernon victor vincent walter wayne wesley
wilbur willard william willie zachary
"""

_FEMALE = """
abigail ada agnes alice alicia allison alma amanda amber amy andrea angela anita ann anna
anne annette arlene ashley audrey barbara beatrice becky betsy betty beverly bonnie
brenda bridget brittany candace carla carly carmen carole caroline carolyn catherine cathy
cheryl christina christine cindy claire claudia colleen connie cynthia darlene debbie
deborah debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena elise
eliza elizabeth ellen emily emma erica erin esther ethel eva evelyn felicia fiona gail
geraldine gladys gloria grace gwen hannah harriet heather heidi helen hillary holly ida irene
jacqueline jane janet janice jeanne jennifer jenny jessica jill joan joanna joanne
josephine joyce judith judy julia julie karen katherine kathleen kathryn kathy katie kay
kayla kirsten kristen laura lauren linda lisa lois loretta lorraine louise lucy lydia mallory marcia margaret maria marie marilyn marjorie martha mary maureen megan melania melanie
melissa michelle mildred miriam molly monica nancy naomi natalie nicole nikki nina nora norma
olivia pam pamela patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina
rita roberta rosa rosemary ruth sally samantha sandra sara sarah sharon sheila shirley
sonia sophia stephanie sue susan susannah suzanne sylvia tammy teresa theresa tiffany tina
ursula valerie vanessa vera veronica vicki vivian wanda wendy yvonne zoe
"""

def load_counted(path: Path = Path(__file__).with_name("first_names.txt")) -> dict[str, str]:
    """The names of a ``first_names.txt``: folded name -> "m"/"f" (``#`` lines are comments)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, g = line.split()
            out[name] = g
    return out


FIRST_NAMES: dict[str, str] = {**{n: "m" for n in _MALE.split()}, **{n: "f" for n in _FEMALE.split()}}
assert not set(_MALE.split()) & set(_FEMALE.split())
GIVEN_NAMES: dict[str, str] = {**load_counted(), **FIRST_NAMES}
