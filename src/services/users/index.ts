export {
  createSignInLink,
  createUser,
  listUsers,
  rotateUserToken,
  updateUser,
  type NewUser,
  type UserChanges,
  type UserView,
} from './users';
